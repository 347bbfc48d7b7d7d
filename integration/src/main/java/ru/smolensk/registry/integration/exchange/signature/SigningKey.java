package ru.smolensk.registry.integration.exchange.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;

/**
 * A key that signs messages, with its certificate (sent with every signature) and the algorithms it signs with.
 *
 * @param signatureMethod the XML Signature URI of the signature method
 * @param digestMethod the XML Signature URI of the digest method of the references
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, String signatureMethod,
        String digestMethod) {

    /** A key with the algorithms that suit it (RSA-SHA256, ECDSA-SHA256, GOST R 34.10-2012). */
    public static SigningKey of(PrivateKey key, X509Certificate certificate) {
        String method = SignatureAlgorithms.signatureFor(key);
        return new SigningKey(key, certificate, method, SignatureAlgorithms.digestFor(method));
    }

    /** The same key with configured algorithms (null or blank: the ones that suit the key). */
    public SigningKey withAlgorithms(String signature, String digest) {
        String method = signature == null || signature.isBlank() ? signatureMethod : signature.strip();
        String digestUri = digest == null || digest.isBlank() ? SignatureAlgorithms.digestFor(method) : digest.strip();
        return new SigningKey(privateKey, certificate, method, digestUri);
    }

    /**
     * Reads a key from a key store.
     *
     * @param type the key store type (PKCS12, JKS, or a provider's own)
     * @param provider the provider of the key store type, or null for the JDK's
     * @param alias the key's alias, or null/blank for the store's first key
     */
    public static SigningKey load(Path file, String type, String provider, char[] password, String alias,
            char[] keyPassword) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = provider == null || provider.isBlank()
                    ? KeyStore.getInstance(type)
                    : KeyStore.getInstance(type, provider.strip());
            store.load(in, password);
            String name = alias == null || alias.isBlank() ? firstKey(store) : alias.strip();
            if (name == null || !store.isKeyEntry(name)) {
                throw new IllegalStateException("The key store " + file + " has no key " + (name == null ? "" : name));
            }
            return of((PrivateKey) store.getKey(name, keyPassword), (X509Certificate) store.getCertificate(name));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The key store " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String firstKey(KeyStore store) throws GeneralSecurityException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        return null;
    }
}
