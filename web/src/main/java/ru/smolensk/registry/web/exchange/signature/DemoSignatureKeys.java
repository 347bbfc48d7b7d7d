package ru.smolensk.registry.web.exchange.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import ru.smolensk.registry.integration.exchange.signature.Certificates;

/**
 * Demo keys, made at the demo server's first start in {@code exchange.signature.demo-dir} (the server's
 * {@code resources/security}): the registry's ({@code exchange-demo-registry.p12}) and the demo partner
 * {@code federal}'s ({@code exchange-demo-federal.p12}, bound to that account), RSA 2048, self-signed, named
 * "DEMO", password {@value #PASSWORD}. Never used outside demo mode.
 */
public final class DemoSignatureKeys {

    public static final String PASSWORD = "demo-only";
    public static final String PARTNER = "federal";

    private DemoSignatureKeys() {
    }

    static boolean isDemo() {
        return "demo".equalsIgnoreCase(RegistrySignature.text("app.mode", "production"));
    }

    private static Path directory() {
        return Path.of(RegistrySignature.text("exchange.signature.demo-dir", "resources/security"));
    }

    static synchronized Path registryKeyStore() {
        return ensure(directory().resolve("exchange-demo-registry.p12"), "smolensk-registry DEMO");
    }

    /** The demo partner's key store (made when absent); its certificate is bound to {@value #PARTNER}. */
    public static synchronized Path partnerKeyStore() {
        return ensure(directory().resolve("exchange-demo-" + PARTNER + ".p12"), PARTNER + " DEMO");
    }

    private static Path ensure(Path file, String name) {
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X509Certificate certificate = Certificates.selfSigned(pair, name, now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(3650)), "SHA256withRSA");
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("demo", pair.getPrivate(), PASSWORD.toCharArray(), new Certificate[]{certificate});
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, PASSWORD.toCharArray());
            }
            Files.move(temporary, file);
            return file;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The demo key " + file + " cannot be made", e);
        }
    }
}
