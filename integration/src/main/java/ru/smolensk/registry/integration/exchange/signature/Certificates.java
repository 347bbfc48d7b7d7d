package ru.smolensk.registry.integration.exchange.signature;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** X.509 certificates: PEM and DER, fingerprints, and self-signed ones for demo and test keys. */
public final class Certificates {

    private Certificates() {
    }

    /** A certificate from PEM text (one {@code BEGIN CERTIFICATE} block) or DER bytes. */
    public static X509Certificate parse(byte[] encoded) {
        try {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(encoded));
            if (Character.isDigit(certificate.getPublicKey().getAlgorithm().charAt(0))) {
                // a key algorithm the JDK knows only by its OID (GOST R 34.10-2012): Bouncy Castle reads the key
                return (X509Certificate) CertificateFactory.getInstance("X.509", SignatureAlgorithms.bouncyCastle())
                        .generateCertificate(new ByteArrayInputStream(encoded));
            }
            return certificate;
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("Not an X.509 certificate (PEM or DER)", e);
        }
    }

    public static X509Certificate parseBase64(String base64) {
        return parse(Base64.getMimeDecoder().decode(base64.strip()));
    }

    public static String pem(X509Certificate certificate) {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(
                der(certificate)) + "\n-----END CERTIFICATE-----\n";
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The SHA-256 of the DER encoding, lower-case hex: how the registry names a certificate. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der(certificate)))
                    .toLowerCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A self-signed certificate for a key pair (demo and test keys only).
     *
     * @param signatureAlgorithm the JCA name, e.g. {@code SHA256withRSA}, {@code SHA256withECDSA},
     *            {@code GOST3411-2012-256WITHECGOST3410-2012-256}
     */
    public static X509Certificate selfSigned(KeyPair keys, String commonName, Instant notBefore, Instant notAfter,
            String signatureAlgorithm) {
        try {
            X500Name name = new X500Name("CN=" + commonName);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    BigInteger.valueOf(System.nanoTime()).abs(), Date.from(notBefore), Date.from(notAfter), name,
                    keys.getPublic());
            JcaContentSignerBuilder signer = new JcaContentSignerBuilder(signatureAlgorithm);
            if (signatureAlgorithm.toUpperCase(Locale.ROOT).contains("GOST")) {
                signer.setProvider(SignatureAlgorithms.bouncyCastle());
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer.build(keys.getPrivate())));
        } catch (OperatorCreationException | CertificateException e) {
            throw new IllegalStateException("A certificate cannot be made: " + e.getMessage(), e);
        }
    }

    /** The PEM text's bytes, for {@link #parse}. */
    public static byte[] bytes(String pem) {
        return pem.getBytes(StandardCharsets.US_ASCII);
    }
}
