package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;

import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;

/** What the journal knows about an earlier message of the caller (the newest entry under its id). */
public record MessageStatus(String messageId, String operation, ExchangeStatus status, OffsetDateTime receivedAt,
        OffsetDateTime answeredAt, String faultCode, boolean test) {
}
