package ru.smolensk.registry.domain.model.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.exchange.outbound.OutboundSettings;

/** The life of an outbox message: attempts, backoff, dead letters and resending under the same message id. */
class OutboundMessageTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 4, 1, 10, 0, 0, 0, ZoneOffset.ofHours(3));

    private static final OutboundSettings SETTINGS = new OutboundSettings() {
        @Override
        public List<String> partners() {
            return List.of("union");
        }

        @Override
        public int maxAttempts() {
            return 3;
        }

        @Override
        public Duration firstDelay() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration maxDelay() {
            return Duration.ofMinutes(2);
        }
    };

    @Test
    void aNewMessageIsDueAtOnceUnderAFreshUuid() {
        OutboundMessage message = new OutboundMessage("union", "SubmitEvents", 7, T0);
        assertEquals(OutboundStatus.PENDING, message.status());
        assertEquals(T0, message.nextAttemptAt());
        assertTrue(message.messageId().matches("[0-9a-f-]{36}"), message.messageId());
        assertTrue(!message.messageId().equals(new OutboundMessage("union", "SubmitEvents", 7, T0).messageId()));
    }

    @Test
    void aClaimedMessageIsNotDueUntilItsLeaseEndsAndADeliveredOneCannotBeClaimed() {
        OutboundMessage message = new OutboundMessage("union", "SubmitEvents", 7, T0);
        message.claim(T0.plusMinutes(5));
        assertEquals(T0.plusMinutes(5), message.nextAttemptAt(), "taken by one attempt; due again if it never ends");
        assertEquals(0, message.attempts());
        message.delivered(T0.plusSeconds(2));
        assertEquals(1, message.attempts());
        assertNull(message.nextAttemptAt());
        assertThrows(IllegalStateException.class, () -> message.claim(T0.plusMinutes(10)));
    }

    @Test
    void theBackoffDoublesUpToTheLongestWait() {
        assertEquals(Duration.ofSeconds(30), SETTINGS.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), SETTINGS.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), SETTINGS.delayAfter(3));
        assertEquals(Duration.ofSeconds(120), SETTINGS.delayAfter(30));
    }

    @Test
    void failedAttemptsWaitThenTheMessageIsDeadAndCanBeSentAgainWithTheSameId() {
        OutboundMessage message = new OutboundMessage("union", "SubmitEvents", 7, T0);
        String id = message.messageId();
        message.failed(T0, "Система-получатель недоступна", SETTINGS.delayAfter(1), SETTINGS.maxAttempts());
        assertEquals(OutboundStatus.PENDING, message.status());
        assertEquals(T0.plusSeconds(30), message.nextAttemptAt());
        message.failed(T0.plusSeconds(30), "снова", SETTINGS.delayAfter(2), SETTINGS.maxAttempts());
        assertEquals(T0.plusSeconds(90), message.nextAttemptAt());
        message.failed(T0.plusSeconds(90), "x".repeat(5000), SETTINGS.delayAfter(3), SETTINGS.maxAttempts());
        assertEquals(OutboundStatus.DEAD, message.status());
        assertNull(message.nextAttemptAt());
        assertEquals(OutboundMessage.MAX_ERROR, message.lastError().length());

        message.resend(T0.plusHours(1));
        assertEquals(OutboundStatus.PENDING, message.status());
        assertEquals(0, message.attempts());
        assertEquals(id, message.messageId());
        message.delivered(T0.plusHours(1));
        assertEquals(OutboundStatus.SENT, message.status());
        assertNull(message.lastError());
        assertThrows(IllegalStateException.class, () -> message.resend(T0.plusHours(2)));
    }
}
