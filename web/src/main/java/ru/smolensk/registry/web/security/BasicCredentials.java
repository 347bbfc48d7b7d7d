package ru.smolensk.registry.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/** Reads the user name and password of an {@code Authorization: Basic} request header. */
final class BasicCredentials {

    private static final String SCHEME = "basic ";

    private BasicCredentials() {
    }

    /** Whether the header value announces HTTP Basic credentials. */
    static boolean isBasic(String authorization) {
        return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /** The credential of a Basic header; empty when the header is malformed. */
    static Optional<UsernamePasswordCredential> parse(String authorization) {
        if (!isBasic(authorization)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
