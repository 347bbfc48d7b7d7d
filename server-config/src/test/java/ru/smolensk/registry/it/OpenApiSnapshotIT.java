package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refreshed OpenAPI copy is laid out as the committed one: rewriting the committed copy changes no byte (no server
 * needed; a system test only because this module runs no unit tests).
 */
class OpenApiSnapshotIT {

    private static final Path COMMITTED = Path.of("src/test/openapi/registry-openapi.json");

    private static JsonObject read(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void theCommittedCopyWrittenAgainIsTheSameText(@TempDir Path folder) throws IOException {
        String committed = Files.readString(COMMITTED);
        Path rewritten = folder.resolve("registry-openapi.json");
        OpenApiSnapshot.write(read(committed), rewritten);
        assertEquals(committed, Files.readString(rewritten));
    }

    @Test
    void escapesAndEmptyMembersAreWrittenAsJson(@TempDir Path folder) throws IOException {
        JsonObject document = Json.createObjectBuilder().add("description", "Роли: \"оператор\"\nи\tкоординатор")
                .add("items", JsonObject.EMPTY_JSON_OBJECT).add("enum", Json.createArrayBuilder())
                .add("maximum", 500).add("nullable", true).build();
        Path file = folder.resolve("document.json");
        OpenApiSnapshot.write(document, file);
        String text = Files.readString(file);
        assertEquals("{\n  \"description\": \"Роли: \\\"оператор\\\"\\nи\\tкоординатор\",\n  \"items\": {},\n"
                + "  \"enum\": [],\n  \"maximum\": 500,\n  \"nullable\": true\n}\n", text);
        assertEquals(document, read(text));
    }
}
