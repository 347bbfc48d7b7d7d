package ru.smolensk.registry.web.ui.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The two keys of the view state kept in the page, derived from the one secret an administrator sets
 * ({@code faces.state.secret}): an AES-256 key that encrypts the state and an HMAC-SHA256 key that signs it, each the
 * SHA-256 of a label and the secret, in the Base64 form MyFaces reads ({@code org.apache.myfaces.SECRET},
 * {@code org.apache.myfaces.MAC_SECRET}). Every server given the same secret reads the others' pages.
 */
public record ViewStateKeys(String encryption, String signature) {

    /** The shortest secret accepted: a guessable secret would let anyone forge a view state. */
    public static final int MINIMUM_SECRET_LENGTH = 16;

    public static ViewStateKeys from(String secret) {
        if (secret == null || secret.strip().length() < MINIMUM_SECRET_LENGTH) {
            throw new IllegalArgumentException("faces.state.secret must have at least " + MINIMUM_SECRET_LENGTH
                    + " characters");
        }
        return new ViewStateKeys(derive("registry view state encryption", secret.strip()),
                derive("registry view state signature", secret.strip()));
    }

    private static String derive(String label, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(label.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return Base64.getEncoder().encodeToString(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "ViewStateKeys[hidden]";
    }
}
