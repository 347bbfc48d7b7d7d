package ru.smolensk.registry.web.rest.exchange;

import java.time.OffsetDateTime;

import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.JournalLine;
import ru.smolensk.registry.domain.model.exchange.OutboundMessage;

/** The exchange journal and the outbox as the API shows them. */
public final class ExchangeViews {

    private ExchangeViews() {
    }

    /** A message waiting for, or done with, delivery to a partner. */
    public record OutboundView(long id, String messageId, String partner, String operation, long submissionId,
            String status, int attempts, OffsetDateTime createdAt, OffsetDateTime nextAttemptAt,
            OffsetDateTime lastAttemptAt, OffsetDateTime sentAt, String lastError) {

        static OutboundView of(OutboundMessage m) {
            return new OutboundView(m.id(), m.messageId(), m.partner(), m.operation(), m.submissionId(),
                    m.status().name(), m.attempts(), m.createdAt(), m.nextAttemptAt(), m.lastAttemptAt(), m.sentAt(),
                    m.lastError());
        }
    }

    /** One entry of the exchange journal, as lists show it. */
    public record JournalView(long id, String messageId, String referenceMessageId, String partner,
            String operation, String direction, OffsetDateTime at, OffsetDateTime answeredAt, long sizeBytes,
            String sha256, String status, String faultCode, boolean testMessage, Long replayOf) {

        static JournalView of(JournalLine m) {
            return new JournalView(m.id(), m.messageId(), m.referenceMessageId(), m.partner(), m.operation(),
                    m.direction().name(), m.receivedAt(), m.answeredAt(), m.sizeBytes(), m.bodySha256(),
                    m.status().name(), m.faultCode(), m.testMessage(), m.replayOf());
        }
    }

    /**
     * One entry of the exchange journal with the message as received or sent and the answer (null once the
     * retention has passed).
     */
    public record JournalEntryView(long id, String messageId, String referenceMessageId, String partner,
            String operation, String direction, OffsetDateTime at, OffsetDateTime answeredAt, long sizeBytes,
            String sha256, String status, String faultCode, boolean testMessage, Long replayOf,
            String answerMessageId, String message, String answer) {

        static JournalEntryView of(ExchangeMessage m) {
            return new JournalEntryView(m.id(), m.messageId(), m.referenceMessageId(), m.partner(), m.operation(),
                    m.direction().name(), m.receivedAt(), m.answeredAt(), m.sizeBytes(), m.bodySha256(),
                    m.status().name(), m.faultCode(), m.testMessage(), m.replayOfEntry(), m.answerMessageId(),
                    m.requestBody(), m.responseBody());
        }
    }
}
