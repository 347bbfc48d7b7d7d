package ru.smolensk.registry.integration.exchange.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * A signature that verified: the certificate it verified with (the one the message carried) and what it covered.
 *
 * @param signedAt the timestamp's {@code Created}
 */
public record VerifiedSignature(X509Certificate certificate, String signatureMethod, Instant signedAt) {

    public String fingerprint() {
        return Certificates.fingerprint(certificate);
    }
}
