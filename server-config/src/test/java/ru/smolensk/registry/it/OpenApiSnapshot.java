package ru.smolensk.registry.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
            case OBJECT -> object(out, value.asJsonObject(), indent);
            case ARRAY -> array(out, value.asJsonArray(), indent);
            case STRING -> out.append(Json.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }

    private static void object(StringBuilder out, JsonObject object, String indent) {
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + INDENT;
        out.append("{\n");
        Iterator<Map.Entry<String, JsonValue>> members = object.entrySet().iterator();
        while (members.hasNext()) {
            Map.Entry<String, JsonValue> member = members.next();
            out.append(inner).append(Json.createValue(member.getKey())).append(": ");
            append(out, member.getValue(), inner);
            out.append(members.hasNext() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
    }

    private static void array(StringBuilder out, JsonArray array, String indent) {
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent + INDENT;
        out.append("[\n");
        for (int i = 0; i < array.size(); i++) {
            out.append(inner);
            append(out, array.get(i), inner);
            out.append(i + 1 < array.size() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
    }
}
