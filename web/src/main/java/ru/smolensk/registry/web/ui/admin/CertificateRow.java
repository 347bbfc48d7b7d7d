package ru.smolensk.registry.web.ui.admin;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import ru.smolensk.registry.domain.model.exchange.PartnerCertificate;
import ru.smolensk.registry.web.ui.RegionTime;

/** A partner's signing certificate as the administration screen lists it. */
public record CertificateRow(long id, String partner, String subject, String fingerprint, LocalDateTime notBefore,
        LocalDateTime notAfter, String state, LocalDateTime revokedAt, String revokeReason) implements Serializable {

    private static final long serialVersionUID = 1L;

    static CertificateRow of(PartnerCertificate c) {
        return new CertificateRow(c.id(), c.partner(), c.subject(), c.fingerprint(), RegionTime.of(c.notBefore()),
                RegionTime.of(c.notAfter()), c.stateAt(OffsetDateTime.now()).name(), RegionTime.of(c.revokedAt()),
                c.revokeReason());
    }
}
