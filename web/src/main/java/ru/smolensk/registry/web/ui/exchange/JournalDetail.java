package ru.smolensk.registry.web.ui.exchange;

import java.io.Serializable;
import java.time.LocalDateTime;

import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.web.ui.RegionTime;

/**
 * One journaled message opened on the screen: its header fields, the message and the answer while kept, with the
 * answer also as readable lines (a receipt's heading, a fault's code and message) and a receipt's records as a table.
 */
public record JournalDetail(long id, String messageId, String referenceMessageId, String partner,
        String operation, String direction, LocalDateTime at, LocalDateTime answeredAt, long sizeBytes,
        String sha256, String status, String faultCode, String message, String answer, boolean test,
        java.util.List<String> receipt, java.util.List<ReceiptRecord> records, String signatureStatus,
        String signerSubject, String signerFingerprint) implements Serializable {

    private static final long serialVersionUID = 1L;

    static JournalDetail of(ExchangeMessage m) {
        return new JournalDetail(m.id(), m.messageId(), m.referenceMessageId(), m.partner(), m.operation(),
                m.direction().name(), RegionTime.of(m.receivedAt()), RegionTime.of(m.answeredAt()), m.sizeBytes(),
                m.bodySha256(), m.status().name(), m.faultCode(), m.requestBody(), m.responseBody(), m.testMessage(),
                java.util.List.copyOf(ReadableAnswer.lines(m.responseBody())),
                java.util.List.copyOf(ReadableAnswer.records(m.responseBody())), m.signatureStatus(), m.signerSubject(),
                m.signerFingerprint());
    }
}
