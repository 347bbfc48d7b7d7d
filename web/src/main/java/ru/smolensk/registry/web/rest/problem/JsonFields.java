package ru.smolensk.registry.web.rest.problem;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Typed fields of a JSON request body read by hand, with a {@link BodyFieldException} naming the field and the type
 * it needs when the value has another. Absent and {@code null} fields are {@code null}.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** A whole number. */
    public static Long number(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return n.longValueExact();
        }
        throw new BodyFieldException(field, "целое число");
    }

    /** A string. */
    public static String text(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        throw new BodyFieldException(field, "строка");
    }

    /**
     * A string given either as is or as the {@code key} field of an object, as the API writes it back ({@code "dates":
     * {"text": …}}, {@code "sphere": {"code": …}}); the object's other fields are read-only and ignored.
     */
    public static String textOrObject(JsonObject body, String field, String key) {
        JsonValue value = body.get(field);
        if (isAbsent(value)) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonObject o) {
            JsonValue inner = o.get(key);
            if (isAbsent(inner)) {
                return null;
            }
            if (inner instanceof JsonString s) {
                return s.getString();
            }
            throw new BodyFieldException(field + "." + key, "строка");
        }
        throw new BodyFieldException(field, "строка или объект с полем «" + key + "»");
    }

    private static boolean isAbsent(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
