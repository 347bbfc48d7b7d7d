package ru.smolensk.registry.web.soap.guard;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import jakarta.servlet.ServletRequest;

/**
 * A received message as the journal keeps it: its bytes decoded in the charset the request names (UTF-8 when it
 * names none or one unknown here; the journal's SHA-256 is of the bytes). The guard hands it on to the endpoint as a
 * request attribute, so the use case that journals a message itself keeps it too.
 */
public final class ReceivedBody {

    private static final String ATTRIBUTE = ReceivedBody.class.getName();
    private static final String DIGEST = ReceivedBody.class.getName() + ".sha256";

    private ReceivedBody() {
    }

    static String decode(byte[] body, String encoding) {
        return new String(body, charset(encoding));
    }

    static void handOn(ServletRequest request, String body, String sha256) {
        request.setAttribute(ATTRIBUTE, body);
        request.setAttribute(DIGEST, sha256);
    }

    /** The SHA-256 of the bytes the guard received for this request, or null when the guard did not read them. */
    public static String digestOf(ServletRequest request) {
        return request.getAttribute(DIGEST) instanceof String digest ? digest : null;
    }

    /** The message the guard read for this request, or null when the guard did not read it. */
    public static String of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String body ? body : null;
    }

    private static Charset charset(String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
