package ru.smolensk.registry.domain.application;

import java.util.Map;
import java.util.StringJoiner;

/** Writes the small flat JSON objects stored as before/after states in the audit log. */
public final class AuditJson {

    private AuditJson() {
    }

    /** A JSON object of the entries in iteration order; null values are written as null. */
    public static String object(Map<String, ?> values) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        values.forEach((key, value) -> json.add(string(key) + ":" + (value == null
                ? "null"
                : value instanceof Number || value instanceof Boolean
                        ? value.toString()
                        : string(value.toString()))));
        return json.toString();
    }

    static String string(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
