package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;

/**
 * Records in the exchange journal the received messages that {@link ExchangeService} does not journal itself:
 * answered reads and every message refused with a fault, including those refused before they reached the use
 * cases (too large, not XML, a DTD, against the schema). Its own transaction: a refusal rolls the use case back,
 * never its journal entry.
 */
@ApplicationScoped
public class ExchangeJournaling {

    private static final int MAX_ID = 36;
    private static final int MAX_OPERATION = 64;
    private static final int MAX_PARTNER = 100;

    @Inject
    ExchangeJournal journal;

    /**
     * What is known about one received message and its answer.
     *
     * @param body the message as received, null when it was not read (too large)
     */
    public record ReceivedCall(String partner, String messageId, String referenceMessageId, String operation,
            OffsetDateTime receivedAt, long sizeBytes, String bodySha256, String body, String faultCode,
            OffsetDateTime answeredAt) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(ReceivedCall call) {
        save(call);
    }

    /** Records several calls in one transaction (answered reads, gathered for a moment). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAll(List<ReceivedCall> calls) {
        calls.forEach(this::save);
    }

    private void save(ReceivedCall call) {
        journal.save(ExchangeMessage.recorded(cut(call.partner(), MAX_PARTNER, "?"),
                cut(call.messageId(), MAX_ID, "-"), blankToNull(cut(call.referenceMessageId(), MAX_ID, null)),
                cut(call.operation(), MAX_OPERATION, "?"), call.receivedAt(), call.sizeBytes(), call.bodySha256(),
                call.body(), call.faultCode(), call.answeredAt()));
    }

    /** Values as received may be anything: kept within the column, a placeholder when absent. */
    private static String cut(String value, int max, String absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        String stripped = value.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
