package ru.smolensk.registry.domain.model.exchange;

import java.time.OffsetDateTime;

/**
 * One message of the exchange journal as lists show it: everything but the bodies, which are read one message at
 * a time ({@link ExchangeJournal#findById}).
 */
public record JournalLine(long id, String messageId, String referenceMessageId, String partner, String operation,
        ExchangeDirection direction, OffsetDateTime receivedAt, OffsetDateTime answeredAt, long sizeBytes,
        String bodySha256, ExchangeStatus status, String faultCode, boolean testMessage, Long replayOf) {
}
