package ru.smolensk.registry.web.exchange.signature;

import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import ru.smolensk.registry.domain.model.exchange.PartnerCertificate;
import ru.smolensk.registry.integration.exchange.signature.Certificates;

/** What the registry keeps of a partner's certificate. */
public final class CertificateFacts {

    private CertificateFacts() {
    }

    public static PartnerCertificate.Facts of(X509Certificate certificate) {
        return new PartnerCertificate.Facts(Certificates.fingerprint(certificate),
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                certificate.getSerialNumber().toString(16),
                OffsetDateTime.ofInstant(certificate.getNotBefore().toInstant(), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC),
                Base64.getEncoder().encodeToString(Certificates.der(certificate)));
    }
}
