package ru.smolensk.registry.web.exchange;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
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
 * Messages written before a restart are still in the database and go out after it.
 */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 20;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxService outbox;

    @Inject
    ConfiguredOutbound settings;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(MigrationOnStartup.PRIORITY + 200) Startup startup) {
        if (settings.partners().isEmpty()) {
            LOG.info("Outbound exchange is off: no partners in exchange.outbound.partners");
        }
        long interval = settings.pollInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::sendDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    void sendDue() {
        try {
            for (Long id : outbox.due(BATCH)) {
                try {
                    outbox.deliver(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Outbox message " + id + " not processed; it stays due", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox not read; retrying at the next poll", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
