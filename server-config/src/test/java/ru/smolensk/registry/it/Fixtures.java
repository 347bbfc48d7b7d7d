package ru.smolensk.registry.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** The customer's sample documents and their manifest (kind, level, period, events, sections). */
final class Fixtures {

    private Fixtures() {
    }

    static List<JsonObject> manifest() {
        try (InputStream in = resource("manifest.json"); JsonReader reader = Json.createReader(in)) {
            return reader.readArray().getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String file) {
        try (InputStream in = resource(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + file);
        if (in == null) {
            throw new IllegalStateException("Missing test fixture " + file);
        }
        return in;
    }
}
