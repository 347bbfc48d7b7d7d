package ru.smolensk.registry.web.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.transaction.TransactionalException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ResendRaceTest {

    @Test
    void aResendThatLostTheRaceWithTheWorkerIsMadeOnceMore() {
        AtomicInteger calls = new AtomicInteger();
        String sent = ResendRace.resendOnce(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new TransactionalException("commit failed",
                        new RollbackException(new OptimisticLockException("row changed")));
            }
            return "resent";
        });
        assertEquals("resent", sent);
        assertEquals(2, calls.get());
    }

    @Test
    void aSecondLostRaceIsNotHidden() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(TransactionalException.class, () -> ResendRace.resendOnce(() -> {
            calls.incrementAndGet();
            throw new TransactionalException("commit failed", new OptimisticLockException("row changed"));
        }));
        assertEquals(2, calls.get());
    }

    @Test
    void otherFailuresAreNotRepeated() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("database gone");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> ResendRace.resendOnce(() -> {
            calls.incrementAndGet();
            throw failure;
        })));
        assertEquals(1, calls.get());
    }
}
