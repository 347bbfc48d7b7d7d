package ru.smolensk.registry.domain.model.exchange;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A certificate a partner account signs its messages with: its SHA-256 fingerprint (how a signature names it), the
 * subject, issuer and validity period read from it, the certificate itself (Base64 DER), who uploaded it and when,
 * and its revocation. A message is accepted only when signed with a valid, unrevoked certificate of its account.
 */
@Entity
@Table(name = "partner_certificate")
public class PartnerCertificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_certificate_seq")
    @SequenceGenerator(name = "partner_certificate_seq", sequenceName = "partner_certificate_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 100)
    private String partner;

    @Column(nullable = false, length = 64, unique = true)
    private String fingerprint;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false, length = 500)
    private String issuer;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    @Column(name = "not_before", nullable = false)
    private OffsetDateTime notBefore;

    @Column(name = "not_after", nullable = false)
    private OffsetDateTime notAfter;

    @Column(name = "certificate_der", nullable = false)
    private String certificate;

    @Column(name = "uploaded_at", nullable = false)
    private OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 1000)
    private String revokeReason;

    protected PartnerCertificate() {
    }

    /** What is read from a certificate. */
    public record Facts(String fingerprint, String subject, String issuer, String serialNumber,
            OffsetDateTime notBefore, OffsetDateTime notAfter, String base64Der) {
    }

    public static PartnerCertificate uploaded(String partner, Facts facts, String by, OffsetDateTime at) {
        PartnerCertificate c = new PartnerCertificate();
        c.partner = partner;
        c.fingerprint = facts.fingerprint();
        c.subject = cut(facts.subject());
        c.issuer = cut(facts.issuer());
        c.serialNumber = facts.serialNumber();
        c.notBefore = facts.notBefore();
        c.notAfter = facts.notAfter();
        c.certificate = facts.base64Der();
        c.uploadedBy = by;
        c.uploadedAt = at;
        return c;
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    /** The state of the certificate at a moment. */
    public enum State {
        VALID, NOT_YET_VALID, EXPIRED, REVOKED
    }

    public State stateAt(OffsetDateTime at) {
        if (revokedAt != null && !at.isBefore(revokedAt)) {
            return State.REVOKED;
        }
        if (at.isBefore(notBefore)) {
            return State.NOT_YET_VALID;
        }
        return at.isAfter(notAfter) ? State.EXPIRED : State.VALID;
    }

    public void revoke(String by, OffsetDateTime at, String reason) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
            revokeReason = reason;
        }
    }

    public Long id() {
        return id;
    }

    public String partner() {
        return partner;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String subject() {
        return subject;
    }

    public String issuer() {
        return issuer;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public OffsetDateTime notBefore() {
        return notBefore;
    }

    public OffsetDateTime notAfter() {
        return notAfter;
    }

    public String certificate() {
        return certificate;
    }

    public OffsetDateTime uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public OffsetDateTime revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revokeReason() {
        return revokeReason;
    }
}
