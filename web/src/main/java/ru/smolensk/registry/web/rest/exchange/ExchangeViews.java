package ru.smolensk.registry.web.rest.exchange;

import java.time.OffsetDateTime;
import java.util.List;

import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.PartnerCertificate;
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
            String answerMessageId, String message, String answer, String signatureStatus, String signerSubject,
            String signerFingerprint) {

        static JournalEntryView of(ExchangeMessage m) {
            return new JournalEntryView(m.id(), m.messageId(), m.referenceMessageId(), m.partner(), m.operation(),
                    m.direction().name(), m.receivedAt(), m.answeredAt(), m.sizeBytes(), m.bodySha256(),
                    m.status().name(), m.faultCode(), m.testMessage(), m.replayOfEntry(), m.answerMessageId(),
                    m.requestBody(), m.responseBody(), m.signatureStatus(), m.signerSubject(), m.signerFingerprint());
        }
    }

    /**
     * The evidence of one journaled message: the signed message exactly as received (or as sent to a partner), the
     * signed answer envelope as sent, the signer's certificate (PEM) and the outcome of the check, for verification
     * by an outside tool.
     */
    public record EvidenceView(long id, String messageId, String partner, String operation, String direction,
            OffsetDateTime at, String signatureStatus, String signerSubject, String signerFingerprint,
            String signerCertificate, String message, String answerEnvelope, String registryCertificate) {

        static EvidenceView of(ExchangeMessage m, String registryCertificate) {
            String pem = m.signerCertificate() == null
                    ? null
                    : "-----BEGIN CERTIFICATE-----\n" + m.signerCertificate() + "\n-----END CERTIFICATE-----\n";
            return new EvidenceView(m.id(), m.messageId(), m.partner(), m.operation(), m.direction().name(),
                    m.receivedAt(), m.signatureStatus(), m.signerSubject(), m.signerFingerprint(), pem,
                    m.requestBody(), m.answerEnvelope(), registryCertificate);
        }
    }

    /** A partner's certificate with its state now. */
    public record CertificateView(long id, String partner, String fingerprint, String subject, String issuer,
            String serialNumber, OffsetDateTime notBefore, OffsetDateTime notAfter, String state,
            OffsetDateTime uploadedAt, String uploadedBy, OffsetDateTime revokedAt, String revokedBy,
            String revokeReason) {

        public static CertificateView of(PartnerCertificate c) {
            return new CertificateView(c.id(), c.partner(), c.fingerprint(), c.subject(), c.issuer(),
                    c.serialNumber(), c.notBefore(), c.notAfter(), c.stateAt(OffsetDateTime.now()).name(),
                    c.uploadedAt(), c.uploadedBy(), c.revokedAt(), c.revokedBy(), c.revokeReason());
        }
    }

    /** The registry's own signing certificate (PEM) and algorithm, to hand to partners. */
    public record RegistryCertificateView(String subject, String fingerprint, String signatureMethod,
            OffsetDateTime notAfter, String pem) {
    }

    /** The registry's certificate and the partners' ones. */
    public record CertificatesView(RegistryCertificateView registry, List<CertificateView> partners) {
    }
}
