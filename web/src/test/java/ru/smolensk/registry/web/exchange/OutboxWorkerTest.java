package ru.smolensk.registry.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.exchange.outbound.OutboxService;

class OutboxWorkerTest {

    /** An outbox with two due messages whose first attempt lasts until the test lets it end. */
    private static final class SlowOutbox extends OutboxService {
        final List<Long> attempted = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public List<Long> due(int limit) {
            return List.of(1L, 2L);
        }

        @Override
        public void deliver(long id) {
            attempted.add(id);
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void theRetentionForgetsInBatchesUntilOneComesBackShort() {
        List<String> calls = new CopyOnWriteArrayList<>();
        List<Integer> answers = new java.util.ArrayList<>(List.of(OutboxWorker.RETENTION_BATCH,
                OutboxWorker.RETENTION_BATCH, 7, 0));
        OutboxWorker worker = new OutboxWorker();
        worker.outbox = new OutboxService() {
            @Override
            public int forgetBodiesBefore(java.time.OffsetDateTime before, int batch) {
                calls.add(before + "/" + batch);
                return answers.remove(0);
            }
        };
        java.time.OffsetDateTime before = java.time.OffsetDateTime.parse("2026-01-01T00:00:00Z");

        assertEquals(2 * OutboxWorker.RETENTION_BATCH + 7, worker.forgetBodiesBefore(before));
        String call = before + "/" + OutboxWorker.RETENTION_BATCH;
        assertEquals(List.of(call, call, call), calls, "three transactions, the same moment, a short batch ends it");
    }

    @Test
    void stoppingWaitsForTheAttemptUnderWayAndStartsNoOther() throws Exception {
        OutboxWorker worker = new OutboxWorker();
        SlowOutbox outbox = new SlowOutbox();
        worker.outbox = outbox;
        Thread sending = new Thread(worker::sendDue);
        sending.start();
        assertTrue(outbox.started.await(10, TimeUnit.SECONDS));

        Thread stopping = new Thread(worker::stop);
        stopping.start();
        stopping.join(300);
        assertTrue(stopping.isAlive(), "the stop waits while the first attempt is under way");

        outbox.release.countDown();
        stopping.join(10_000);
        sending.join(10_000);
        assertFalse(stopping.isAlive());
        assertEquals(List.of(1L), outbox.attempted, "no attempt starts once the application stops");

        worker.sendDue();
        assertEquals(List.of(1L), outbox.attempted, "nor at a later poll");
    }
}
