package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.exchange.PartnerCertificate;
import ru.smolensk.registry.domain.model.exchange.PartnerCertificates;
import ru.smolensk.registry.domain.model.shared.DomainException;

/**
 * Binds partner accounts to the certificates they sign with (administrators upload and revoke, audited;
 * administrators and the coordinator read), and decides whether a signing certificate is trusted for an account.
 */
@ApplicationScoped
public class PartnerCertificateService {

    static final String AUDIT_ENTITY = "PartnerCertificate";

    @Inject
    PartnerCertificates certificates;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    /** Whether a signing certificate may sign for an account, and if not, why. */
    public enum Trust {
        TRUSTED, UNKNOWN, OTHER_PARTNER, NOT_YET_VALID, EXPIRED, REVOKED
    }

    /** The trust of a certificate for an account at a moment, with the bound certificate when there is one. */
    public record Decision(Trust trust, PartnerCertificate certificate) {
    }

    @Transactional
    public Decision check(String partner, String fingerprint, OffsetDateTime at) {
        Optional<PartnerCertificate> bound = certificates.findByFingerprint(fingerprint);
        if (bound.isEmpty()) {
            return new Decision(Trust.UNKNOWN, null);
        }
        PartnerCertificate certificate = bound.get();
        if (!certificate.partner().equals(partner)) {
            return new Decision(Trust.OTHER_PARTNER, certificate);
        }
        return new Decision(switch (certificate.stateAt(at)) {
            case VALID -> Trust.TRUSTED;
            case NOT_YET_VALID -> Trust.NOT_YET_VALID;
            case EXPIRED -> Trust.EXPIRED;
            case REVOKED -> Trust.REVOKED;
        }, certificate);
    }

    @Transactional
    public List<PartnerCertificate> list(String partner) {
        requireRole(Role.ADMIN, Role.COORDINATOR);
        return certificates.list(partner == null || partner.isBlank() ? null : partner.strip());
    }

    @Transactional
    public PartnerCertificate get(long id) {
        requireRole(Role.ADMIN, Role.COORDINATOR);
        return certificates.findById(id).orElseThrow(() -> new NotFoundException("Нет сертификата " + id));
    }

    /** Binds a certificate to a partner account (ADMIN); the same certificate cannot be bound twice. */
    @Transactional
    public PartnerCertificate upload(String partner, PartnerCertificate.Facts facts) {
        requireRole(Role.ADMIN);
        if (partner == null || partner.isBlank() || partner.strip().length() > 100) {
            throw new DomainException("validation", "Укажите учетную запись системы-партнера (до 100 символов)");
        }
        Optional<PartnerCertificate> existing = certificates.findByFingerprint(facts.fingerprint());
        if (existing.isPresent()) {
            throw new DomainException("conflict", "Сертификат уже привязан к учетной записи «"
                    + existing.get().partner() + "» (запись " + existing.get().id() + ")");
        }
        PartnerCertificate saved = certificates.save(
                PartnerCertificate.uploaded(partner.strip(), facts, user.username(), OffsetDateTime.now()));
        audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.CREATE, AUDIT_ENTITY,
                String.valueOf(saved.id()), "Сертификат системы-партнера " + saved.partner() + ": "
                        + saved.subject() + ", действует до " + saved.notAfter().toLocalDate(),
                null, "{\"partner\":\"" + saved.partner() + "\",\"fingerprint\":\"" + saved.fingerprint() + "\"}"));
        return saved;
    }

    /** Standalone for internal callers (the demo set-up): binds without a caller's role. */
    @Transactional
    public PartnerCertificate bindAsSystem(String partner, PartnerCertificate.Facts facts) {
        return certificates.findByFingerprint(facts.fingerprint()).orElseGet(() -> certificates
                .save(PartnerCertificate.uploaded(partner, facts, "system", OffsetDateTime.now())));
    }

    /** Revokes a certificate (ADMIN): messages signed with it are refused from now on. */
    @Transactional
    public PartnerCertificate revoke(long id, String reason) {
        requireRole(Role.ADMIN);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("validation", "Укажите причину отзыва сертификата");
        }
        PartnerCertificate certificate = certificates.findById(id)
                .orElseThrow(() -> new NotFoundException("Нет сертификата " + id));
        if (certificate.revokedAt() == null) {
            certificate.revoke(user.username(), OffsetDateTime.now(), reason.strip());
            audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.UPDATE, AUDIT_ENTITY,
                    String.valueOf(id), "Отозван сертификат системы-партнера " + certificate.partner() + ": "
                            + reason.strip(),
                    null, "{\"revoked\":true}"));
        }
        return certificate;
    }

    private void requireRole(Role... roles) {
        for (Role role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException("Сертификаты систем-партнеров доступны администраторам");
    }
}
