package ru.smolensk.registry.domain.model.exchange;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A message of the transactional outbox: the approved records of one submission for one partner, written in
 * the approving transaction and sent later by a background worker. Every attempt uses the same message id, so
 * a partner that already processed it recognises a resend.
 */
@Entity
@Table(name = "outbound_message")
public class OutboundMessage {

    /** The longest error text kept of a failed attempt. */
    public static final int MAX_ERROR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_message_seq")
    @SequenceGenerator(name = "outbound_message_seq", sequenceName = "outbound_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "message_id", nullable = false, length = 36)
    private String messageId;

    @Column(nullable = false, length = 100)
    private String partner;

    @Column(nullable = false, length = 64)
    private String operation;

    @Column(name = "submission_id", nullable = false)
    private long submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutboundStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    private OffsetDateTime lastAttemptAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Version
    private long version;

    protected OutboundMessage() {
    }

    /** A new message for a partner, due at once, under a fresh message id. */
    public OutboundMessage(String partner, String operation, long submissionId, OffsetDateTime now) {
        this.messageId = UUID.randomUUID().toString();
        this.partner = partner;
        this.operation = operation;
        this.submissionId = submissionId;
        this.status = OutboundStatus.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * One attempt starts: until {@code leaseEnd} no one else takes the message (should the attempt never record
     * its outcome, a server stopping mid-way, it is due again then).
     */
    public void claim(OffsetDateTime leaseEnd) {
        if (status != OutboundStatus.PENDING) {
            throw new IllegalStateException("Сообщение не ожидает отправки");
        }
        this.nextAttemptAt = leaseEnd;
    }

    /** The partner accepted the message. */
    public void delivered(OffsetDateTime at) {
        this.attempts++;
        this.lastAttemptAt = at;
        this.sentAt = at;
        this.status = OutboundStatus.SENT;
        this.nextAttemptAt = null;
        this.lastError = null;
    }

    /**
     * An attempt failed: the message waits {@code delay} for the next one, or is dead after {@code maxAttempts}
     * attempts.
     */
    public void failed(OffsetDateTime at, String error, Duration delay, int maxAttempts) {
        this.attempts++;
        this.lastAttemptAt = at;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        if (attempts >= maxAttempts) {
            this.status = OutboundStatus.DEAD;
            this.nextAttemptAt = null;
        } else {
            this.nextAttemptAt = at.plus(delay);
        }
    }

    /** An administrator sends a dead (or waiting) message again at once, with the same message id. */
    public void resend(OffsetDateTime now) {
        if (status == OutboundStatus.SENT) {
            throw new IllegalStateException("Сообщение уже доставлено");
        }
        this.status = OutboundStatus.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public String messageId() {
        return messageId;
    }

    public String partner() {
        return partner;
    }

    public String operation() {
        return operation;
    }

    public long submissionId() {
        return submissionId;
    }

    public OutboundStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime nextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime lastAttemptAt() {
        return lastAttemptAt;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }

    public long version() {
        return version;
    }
}
