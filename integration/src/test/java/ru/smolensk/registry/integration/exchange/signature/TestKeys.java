package ru.smolensk.registry.integration.exchange.signature;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;

/** Keys made at test time (never stored): RSA, EC P-256 and GOST R 34.10-2012 256 bit through Bouncy Castle. */
final class TestKeys {

    private TestKeys() {
    }

    static SigningKey rsa(String name) {
        return key(pair("RSA", null), name, "SHA256withRSA");
    }

    static SigningKey ec(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return key(generator.generateKeyPair(), name, "SHA256withECDSA");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static SigningKey gost(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410-2012",
                    SignatureAlgorithms.bouncyCastle());
            generator.initialize(new ECGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"));
            return key(generator.generateKeyPair(), name, SignatureAlgorithms.GOST_JCA);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair pair(String algorithm, Integer size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size == null ? 2048 : size);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SigningKey key(KeyPair pair, String name, String certificateAlgorithm) {
        Instant now = Instant.now();
        return SigningKey.of(pair.getPrivate(), Certificates.selfSigned(pair, name, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)), certificateAlgorithm));
    }
}
