package ru.smolensk.registry.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Writes an OpenAPI document the way the committed copy (src/test/openapi/registry-openapi.json) is laid out: two
 * spaces per level, {@code "name": value}, empty objects and arrays as {@code {}} and {@code []}, letters beyond ASCII
 * as they are, a newline at the end. A refreshed copy therefore differs from the committed one only where the API
 * changed.
 */
final class OpenApiSnapshot {

    private static final String INDENT = "  ";

    private OpenApiSnapshot() {
    }

    static void write(JsonObject document, Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        append(out, document, "");
        out.append('\n');
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, JsonValue value, String indent) {
        switch (value.getValueType()) {
            case OBJECT -> members(out, '{', '}', value.asJsonObject().entrySet().stream()
                    .map(m -> Map.entry(Json.createValue(m.getKey()) + ": ", m.getValue())).toList(), indent);
            case ARRAY -> members(out, '[', ']', value.asJsonArray().stream().map(v -> Map.entry("", v)).toList(),
                    indent);
            case STRING -> out.append(Json.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }

    /** An object's or array's members, one a line, each after its prefix ({@code "name": } or nothing). */
    private static void members(StringBuilder out, char open, char close, List<Map.Entry<String, JsonValue>> members,
            String indent) {
        if (members.isEmpty()) {
            out.append(open).append(close);
            return;
        }
        String inner = indent + INDENT;
        out.append(open).append('\n');
        for (int i = 0; i < members.size(); i++) {
            out.append(inner).append(members.get(i).getKey());
            append(out, members.get(i).getValue(), inner);
            out.append(i + 1 < members.size() ? ",\n" : "\n");
        }
        out.append(indent).append(close);
    }
}
