package ru.smolensk.registry.domain.model.exchange;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One journaled exchange message: who sent it under which message id, what operation, when it was
 * received and answered, its size and SHA-256 digest, the outcome, the message as received or sent and the answer
 * (kept so that a repeated message gets the very same answer); both bodies are dropped after the retention.
 */
@Entity
@Table(name = "exchange_message")
public class ExchangeMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_message_seq")
    @SequenceGenerator(name = "exchange_message_seq", sequenceName = "exchange_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Column(name = "reference_message_id", length = 36)
    private String referenceMessageId;

    @Column(nullable = false, length = 100)
    private String partner;

    @Column(nullable = false, length = 64)
    private String operation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private ExchangeDirection direction;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "body_sha256", nullable = false, length = 64)
    private String bodySha256;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ExchangeStatus status;

    @Column(name = "fault_code", length = 64)
    private String faultCode;

    @Column(name = "request_body")
    private String requestBody;

    @Column(name = "response_body")
    private String responseBody;

    /**
     * Direction, partner and message id of a message that must be processed once (received SubmitEvents, sent
     * messages); unique. Null for messages only recorded (reads, refusals), which may repeat an id.
     */
    @Column(name = "dedup_key", length = 250)
    private String dedupKey;

    @Column(name = "test_message", nullable = false)
    private boolean testMessage;

    /** The entry of the original message, when this one was a replay of it. */
    @Column(name = "replay_of")
    private Long replayOf;

    /** The receipt of an accepted SubmitEvents, kept for its replay (internal form; null for other messages). */
    @Column(name = "receipt")
    private String receipt;

    /** The SHA-256 of the records' canonical form (SubmitEvents): the same content under the same message id. */
    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    /** The message id of the registry's answer. */
    @Column(name = "answer_message_id", length = 36)
    private String answerMessageId;

    /**
     * The outcome of the signature check of a received message (VERIFIED or the fault code that refused it), null
     * when none was made (a message refused before, or a message sent).
     */
    @Column(name = "signature_status", length = 32)
    private String signatureStatus;

    /** The SHA-256 fingerprint of the certificate the message was signed with. */
    @Column(name = "signer_fingerprint", length = 64)
    private String signerFingerprint;

    @Column(name = "signer_subject", length = 500)
    private String signerSubject;

    /** The signer's certificate (Base64 DER), kept with the entry as evidence. */
    @Column(name = "signer_certificate")
    private String signerCertificate;

    /** The whole answer envelope as sent (signed by the registry); null once the retention has passed. */
    @Column(name = "answer_envelope")
    private String answerEnvelope;

    protected ExchangeMessage() {
    }

    /**
     * A message received from a partner, not yet answered.
     *
     * @param body the message as received (null when it was not read)
     */
    public static ExchangeMessage received(String partner, String messageId, String referenceMessageId,
            String operation, OffsetDateTime receivedAt, long sizeBytes, String bodySha256, String body) {
        ExchangeMessage message = new ExchangeMessage();
        message.partner = partner;
        message.messageId = messageId;
        message.referenceMessageId = referenceMessageId;
        message.operation = operation;
        message.direction = ExchangeDirection.IN;
        message.receivedAt = receivedAt;
        message.sizeBytes = sizeBytes;
        message.bodySha256 = bodySha256;
        message.requestBody = storable(body);
        message.status = ExchangeStatus.PROCESSED;
        message.dedupKey = ExchangeDirection.IN + ":" + partner + ":" + messageId;
        return message;
    }

    /**
     * A received message recorded with its outcome: a read answered (fault code null) or any message refused with
     * a fault. It takes no part in deduplication.
     */
    public static ExchangeMessage recorded(String partner, String messageId, String referenceMessageId,
            String operation, OffsetDateTime receivedAt, long sizeBytes, String bodySha256, String body,
            String faultCode, OffsetDateTime answeredAt) {
        ExchangeMessage message = received(partner, messageId, referenceMessageId, operation, receivedAt, sizeBytes,
                bodySha256, body);
        message.dedupKey = null;
        message.answer(faultCode == null ? ExchangeStatus.PROCESSED : ExchangeStatus.REFUSED, faultCode, null,
                answeredAt);
        return message;
    }

    /**
     * A message sent to a partner; its outcome is recorded with {@link #answer} after each attempt.
     *
     * @param body the operation's element as sent (the header is in the other fields)
     */
    public static ExchangeMessage sent(String partner, String messageId, String operation, OffsetDateTime sentAt,
            long sizeBytes, String bodySha256, String body) {
        ExchangeMessage message = received(partner, messageId, null, operation, sentAt, sizeBytes, bodySha256, body);
        message.direction = ExchangeDirection.OUT;
        message.status = ExchangeStatus.FAILED;
        message.dedupKey = ExchangeDirection.OUT + ":" + partner + ":" + messageId;
        return message;
    }

    /**
     * A text as the journal keeps it: a NUL character (which no XML holds, but a refused message may) becomes U+FFFD,
     * as PostgreSQL's text cannot hold it.
     */
    private static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }

    /** Records the answer given to the partner. */
    public void answer(ExchangeStatus outcome, String fault, String response, OffsetDateTime at) {
        this.status = outcome;
        this.faultCode = fault;
        this.responseBody = storable(response);
        this.answeredAt = at;
    }

    /** Drops the message and its answer once the retention has passed (the entry stays). */
    public void forgetBodies() {
        this.requestBody = null;
        this.responseBody = null;
        this.answerEnvelope = null;
        this.receipt = null;
    }

    /** Records the outcome of the signature check and the signer's certificate. */
    public ExchangeMessage signedBy(String status, String fingerprint, String subject, String certificate) {
        this.signatureStatus = status;
        this.signerFingerprint = fingerprint;
        this.signerSubject = subject == null || subject.length() <= 500 ? subject : subject.substring(0, 500);
        this.signerCertificate = certificate;
        return this;
    }

    /** Keeps the whole answer envelope as sent. */
    public ExchangeMessage answerEnvelope(String envelope) {
        if (envelope != null) {
            this.answerEnvelope = storable(envelope);
        }
        return this;
    }

    public String signatureStatus() {
        return signatureStatus;
    }

    public String signerFingerprint() {
        return signerFingerprint;
    }

    public String signerSubject() {
        return signerSubject;
    }

    public String signerCertificate() {
        return signerCertificate;
    }

    public String answerEnvelope() {
        return answerEnvelope;
    }

    /** Marks a message sent with {@code TestMessage=true}. */
    public ExchangeMessage markTest(boolean test) {
        this.testMessage = test;
        return this;
    }

    /** Keeps the content digest and the receipt of an accepted SubmitEvents, for its replay. */
    public ExchangeMessage keepReceipt(String recordsSha256, String receiptText) {
        this.contentSha256 = recordsSha256;
        this.receipt = storable(receiptText);
        return this;
    }

    /** Marks a message answered with the receipt of the original entry, writing nothing. */
    public ExchangeMessage replayOf(long original) {
        this.replayOf = original;
        this.status = ExchangeStatus.REPLAYED;
        return this;
    }

    /** Keeps the answer as sent (the SOAP body's XML) and its message id. */
    public ExchangeMessage answeredWith(String answer, String answerId) {
        this.responseBody = storable(answer);
        this.answerMessageId = answerId;
        return this;
    }

    /** Whether a message with this digest of its records carries the same content. */
    public boolean hasSameContent(String recordsSha256) {
        return recordsSha256.equals(contentSha256 == null ? bodySha256 : contentSha256);
    }

    /** Whether this entry is a message processed under its id (which a new message may not reuse). */
    public boolean isDeduplicated() {
        return dedupKey != null;
    }

    public boolean testMessage() {
        return testMessage;
    }

    public Long replayOfEntry() {
        return replayOf;
    }

    /** The receipt kept for a replay; null for other messages and once the retention has passed. */
    public String receipt() {
        return receipt;
    }

    public String answerMessageId() {
        return answerMessageId;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String referenceMessageId() {
        return referenceMessageId;
    }

    public String partner() {
        return partner;
    }

    public String operation() {
        return operation;
    }

    public ExchangeDirection direction() {
        return direction;
    }

    public OffsetDateTime receivedAt() {
        return receivedAt;
    }

    public OffsetDateTime answeredAt() {
        return answeredAt;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String bodySha256() {
        return bodySha256;
    }

    public ExchangeStatus status() {
        return status;
    }

    public String faultCode() {
        return faultCode;
    }

    /** The message as received, or as sent to a partner; null once the retention has passed. */
    public String requestBody() {
        return requestBody;
    }

    /** The answer: the receipt given, a partner's refusal; null once the retention has passed. */
    public String responseBody() {
        return responseBody;
    }
}
