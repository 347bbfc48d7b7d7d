package ru.smolensk.registry.domain.application.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import ru.smolensk.registry.domain.model.event.EventField;

/**
 * The SHA-256 digest of a batch of records in a canonical form (every value length-prefixed, absent
 * values marked), independent of XML formatting, prefixes and whitespace between elements; and the hexadecimal
 * SHA-256 of any exchanged bytes, as the journal keeps it.
 */
public final class ContentDigest {

    private ContentDigest() {
    }

    /** The canonical form of the records. */
    static String canonical(List<IncomingRecord> records) {
        StringBuilder out = new StringBuilder();
        for (IncomingRecord r : records) {
            out.append('[');
            append(out, r.recordId());
            append(out, r.kind());
            append(out, r.level());
            append(out, r.period());
            append(out, r.organizationCode());
            append(out, r.sphereCode());
            for (EventField field : EventField.values()) {
                append(out, r.columns() == null ? null : r.columns().get(field));
            }
            out.append(']');
        }
        return out.toString();
    }

    /** The hexadecimal SHA-256 of the text in UTF-8. */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The hexadecimal SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder out, String value) {
        if (value == null) {
            out.append("-;");
        } else {
            out.append(value.length()).append(':').append(value).append(';');
        }
    }
}
