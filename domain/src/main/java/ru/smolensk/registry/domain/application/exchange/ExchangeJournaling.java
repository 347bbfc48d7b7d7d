package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;

/**
 * Records every received message in the exchange journal once, with the answer as sent: answered reads, every
 * message refused with a fault (including those refused before they reached the use cases: too large, not XML, a
 * DTD, against the schema), replays; an accepted SubmitEvents, which {@link ExchangeService} journals itself in its
 * transaction (the key of idempotent replay), is completed with its answer. Its own transaction: a refusal rolls the
 * use case back, never its journal entry.
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
     * @param answer the answer as sent (the SOAP body's XML), null when unknown
     * @param answerMessageId the message id of the answer's header, null when it had none
     */
    public record ReceivedCall(String partner, String messageId, String referenceMessageId, String operation,
            OffsetDateTime receivedAt, long sizeBytes, String bodySha256, String body, String faultCode,
            OffsetDateTime answeredAt, boolean test, String answer, String answerMessageId,
            SignatureEvidence signature, String answerEnvelope) {
    }

    /**
     * The signature check of a received message: its outcome (VERIFIED or the fault code) and the signer's
     * certificate (Base64 DER) with its fingerprint and subject; null fields when the message carried none.
     */
    public record SignatureEvidence(String status, String fingerprint, String subject, String certificate) {
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

    /**
     * Completes the entry the use case wrote for an accepted SubmitEvents with the answer as sent; a replayed one
     * (answered with the original receipt) gets an entry of its own, pointing at the original.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordAccepted(ReceivedCall call, boolean replayed) {
        Optional<ExchangeMessage> processed = journal.find(call.partner(), call.messageId());
        if (processed.isEmpty()) {
            save(call);
        } else if (replayed) {
            journal.save(entry(call).replayOf(processed.get().id()));
        } else {
            processed.get().answeredWith(call.answer(), call.answerMessageId()).answerEnvelope(call.answerEnvelope());
            signed(processed.get(), call);
        }
    }

    private void save(ReceivedCall call) {
        journal.save(entry(call));
    }

    private static ExchangeMessage signed(ExchangeMessage entry, ReceivedCall call) {
        SignatureEvidence signature = call.signature();
        return signature == null
                ? entry
                : entry.signedBy(signature.status(), signature.fingerprint(), signature.subject(),
                        signature.certificate());
    }

    private static ExchangeMessage entry(ReceivedCall call) {
        return signed(entryOf(call), call).answerEnvelope(call.answerEnvelope());
    }

    private static ExchangeMessage entryOf(ReceivedCall call) {
        return ExchangeMessage.recorded(cut(call.partner(), MAX_PARTNER, "?"), cut(call.messageId(), MAX_ID, "-"),
                blankToNull(cut(call.referenceMessageId(), MAX_ID, null)), cut(call.operation(), MAX_OPERATION, "?"),
                call.receivedAt(), call.sizeBytes(), call.bodySha256(), call.body(), call.faultCode(),
                call.answeredAt()).markTest(call.test()).answeredWith(call.answer(), call.answerMessageId());
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
