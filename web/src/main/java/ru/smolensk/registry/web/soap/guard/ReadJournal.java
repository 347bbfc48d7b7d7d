package ru.smolensk.registry.web.soap.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling;
import ru.smolensk.registry.domain.application.exchange.ExchangeJournaling.ReceivedCall;

/**
 * Journals answered reads (they change nothing) a moment later, many per transaction, so that journaling every
 * message does not cost each read a transaction of its own. Refusals are journaled at once by the guard. What is
 * gathered is written at least every {@value #INTERVAL_MS} ms and when the application stops.
 */
@ApplicationScoped
public class ReadJournal {

    private static final Logger LOG = Logger.getLogger(ReadJournal.class.getName());
    private static final long INTERVAL_MS = 250;
    private static final int BATCH = 500;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ExchangeJournaling journaling;

    private final Queue<ReceivedCall> pending = new ConcurrentLinkedQueue<>();
    private ScheduledFuture<?> task;

    void add(ReceivedCall call) {
        pending.add(call);
        startOnce();
    }

    private synchronized void startOnce() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::write, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
        }
    }

    void write() {
        try {
            for (List<ReceivedCall> batch = next(); !batch.isEmpty(); batch = next()) {
                journaling.recordAll(batch);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Answered exchange reads not journaled", e);
        }
    }

    private List<ReceivedCall> next() {
        List<ReceivedCall> batch = new ArrayList<>();
        for (ReceivedCall call = pending.poll(); call != null && batch.size() < BATCH; call = pending.poll()) {
            batch.add(call);
        }
        return batch;
    }

    @PreDestroy
    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
        }
        write();
    }
}
