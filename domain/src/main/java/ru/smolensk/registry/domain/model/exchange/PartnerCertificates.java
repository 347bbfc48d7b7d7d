package ru.smolensk.registry.domain.model.exchange;

import java.util.List;
import java.util.Optional;

/** The partner certificates (port). */
public interface PartnerCertificates {

    PartnerCertificate save(PartnerCertificate certificate);

    Optional<PartnerCertificate> findById(long id);

    Optional<PartnerCertificate> findByFingerprint(String fingerprint);

    /** All of a partner (or all, for null), newest first. */
    List<PartnerCertificate> list(String partner);
}
