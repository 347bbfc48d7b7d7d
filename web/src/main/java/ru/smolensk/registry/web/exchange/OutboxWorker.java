package ru.smolensk.registry.web.exchange;

import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.exchange.outbound.OutboxService;
import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/**
 * Sends due outbox messages in the background on the server's managed scheduler, one message per transaction.
 * Messages written before a restart are still in the database and go out after it. Every few hours it also drops
 * the bodies of journaled messages older than the configured retention.
 *
 * <p>When the application stops, no new attempt starts and the one under way is waited for, so that its outcome is
 * recorded while the database is still there: an attempt cut off after its message was claimed would hold the message
 * for the whole attempt lease.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 20;
    private static final int RETENTION_HOURS = 6;
    /** Messages whose bodies one retention transaction drops (bodies of up to a few MB each). */
    static final int RETENTION_BATCH = 200;
    /** The longest attempt (the gateway's connect and read timeouts) with a margin. */
    private static final long STOP_WAIT_SECONDS = 40;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxService outbox;

    @Inject
    ConfiguredOutbound settings;

    private ScheduledFuture<?> task;
    private ScheduledFuture<?> retention;
    private volatile boolean stopping;
    /** Held while an attempt is under way. */
    private final ReentrantLock attempt = new ReentrantLock();

    void start(@Observes @Priority(MigrationOnStartup.PRIORITY + 200) Startup startup) {
        if (settings.partners().isEmpty()) {
            LOG.info("Outbound exchange is off: no partners in exchange.outbound.partners");
        }
        long interval = settings.pollInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::sendDue, interval, interval, TimeUnit.MILLISECONDS);
        retention = scheduler.scheduleWithFixedDelay(this::forgetOldBodies, 1, RETENTION_HOURS, TimeUnit.HOURS);
    }

    void forgetOldBodies() {
        try {
            int forgotten = forgetBodiesBefore(OffsetDateTime.now().minus(settings.bodyRetention()));
            if (forgotten > 0) {
                LOG.info(() -> "Exchange journal: bodies of " + forgotten + " old messages dropped");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Exchange journal retention not applied; retrying later", e);
        }
    }

    /**
     * The retention in batches, each a transaction of its own: a large backlog (the first run after the retention
     * was shortened) never becomes one huge transaction. Stops early when the application stops.
     */
    int forgetBodiesBefore(OffsetDateTime before) {
        int total = 0;
        int batch;
        do {
            batch = outbox.forgetBodiesBefore(before, RETENTION_BATCH);
            total += batch;
        } while (batch == RETENTION_BATCH && !stopping);
        return total;
    }

    void sendDue() {
        if (stopping) {
            return;
        }
        try {
            for (Long id : outbox.due(BATCH)) {
                if (!deliver(id)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox not read; retrying at the next poll", e);
        }
    }

    /** One attempt, unless the application is stopping; false when it is. */
    private boolean deliver(Long id) {
        attempt.lock();
        try {
            if (stopping) {
                return false;
            }
            outbox.deliver(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox message " + id + " not processed; it stays due", e);
        } finally {
            attempt.unlock();
        }
        return true;
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (task != null) {
            task.cancel(false);
        }
        if (retention != null) {
            retention.cancel(false);
        }
        try {
            if (attempt.tryLock(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                attempt.unlock();
            } else {
                LOG.warning("Outbox: an attempt still under way at stop; its message is due again after its lease");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
