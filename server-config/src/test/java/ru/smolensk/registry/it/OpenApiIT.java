package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.Test;

/**
 * The published OpenAPI document is valid OpenAPI 3, describes every operation in Russian and every body, and is the
 * document the API client of the system tests is generated from.
 */
class OpenApiIT {

    /** The copy the client is generated from (server-config/src/test/openapi). */
    private static final Path SNAPSHOT = Path.of("src/test/openapi/registry-openapi.json");
    private static final Path SERVED = Path.of("target/registry-openapi-served.json");
    /** {@code -Dopenapi.refresh=true}: a changed served document overwrites {@link #SNAPSHOT} instead of failing. */
    private static final String REFRESH = "openapi.refresh";

    private static JsonObject served() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/openapi");
        assertEquals(200, response.statusCode());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The document without its servers (they name the port of the server that serves it). */
    private static JsonObject withoutServers(JsonObject document) {
        return Json.createObjectBuilder(document).remove("servers").build();
    }

    @Test
    void theClientIsGeneratedFromTheDocumentTheServerPublishes() throws IOException {
        JsonObject served = withoutServers(served());
        JsonObject snapshot;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(SNAPSHOT)))) {
            snapshot = reader.readObject();
        }
        if (served.equals(snapshot)) {
            return;
        }
        if (Boolean.getBoolean(REFRESH)) {
            OpenApiSnapshot.write(served, SNAPSHOT);
            System.out.println("OpenApiIT: " + SNAPSHOT.toAbsolutePath() + " refreshed from the served document;"
                    + " review the change, build again (the client follows at generate-test-sources) and commit it");
            return;
        }
        OpenApiSnapshot.write(served, SERVED);
        fail("The API changed: the served OpenAPI document differs from " + SNAPSHOT + ". Review "
                + SERVED.toAbsolutePath() + " and copy it there (or run once more with -D" + REFRESH
                + "=true), so that the generated client follows.");
    }

    @Test
    void everySchemaAndEveryOperationIsDescribed() {
        JsonObject document = served();
        document.getJsonObject("components").getJsonObject("schemas").forEach((name, value) -> {
            JsonObject schema = value.asJsonObject();
            assertTrue(schema.containsKey("properties") || schema.containsKey("enum") || schema.containsKey("$ref")
                    || schema.containsKey("oneOf"), "empty schema " + name + ": " + schema);
            assertFalse(name.matches(".*\\d$"), "two types share the schema name " + name.replaceAll("\\d+$", "")
                    + ": name one with @Schema(name = ...)");
        });
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((verb, value) -> {
            if (!List.of("get", "put", "post", "delete", "patch").contains(verb)) {
                return;
            }
            JsonObject operation = value.asJsonObject();
            String where = verb.toUpperCase() + " " + path;
            assertTrue(operation.containsKey("operationId"), where);
            assertFalse(operation.getJsonArray("x-roles").isEmpty(), where + ": roles");
            assertTrue(operation.getString("description").contains("Роли:"), where);
            JsonObject responses = operation.getJsonObject("responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), where);
            responses.forEach((code, answer) -> {
                JsonObject content = answer.asJsonObject().getJsonObject("content");
                if (code.startsWith("2") && !code.equals("204")) {
                    assertNotNull(content, where + " " + code + ": no body described");
                } else if (code.startsWith("4") || code.startsWith("5")) {
                    assertNotNull(content.getJsonObject("application/problem+json"), where + " " + code);
                    assertTrue(answer.asJsonObject().getString("description").contains("code:"), where + " " + code);
                }
            });
        }));
    }

    @Test
    void theDocumentIsValidOpenApi3WithEveryOperationDescribed() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/openapi");
        assertEquals(200, response.statusCode());
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body());
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
                String.valueOf(result.getMessages()));
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api);
        assertTrue(api.getOpenapi().startsWith("3."));
        for (String path : List.of("/api/events", "/api/events/{id}", "/api/imports", "/api/submissions",
                "/api/submissions/{id}/approve", "/api/audit", "/api/reference/organizations")) {
            assertNotNull(api.getPaths().get(path), path);
        }
        for (var entry : api.getPaths().entrySet()) {
            PathItem item = entry.getValue();
            for (Operation op : item.readOperations()) {
                assertNotNull(op.getSummary(), "no summary for " + entry.getKey());
                assertTrue(op.getSummary().matches(".*[А-Яа-я].*"), entry.getKey() + ": " + op.getSummary());
                assertNotNull(op.getResponses(), entry.getKey());
            }
        }
        for (Map.Entry<String, Schema> schema : api.getComponents().getSchemas().entrySet()) {
            assertTrue(schema.getValue().getProperties() != null && !schema.getValue().getProperties().isEmpty()
                    || schema.getValue().getEnum() != null, "empty schema " + schema.getKey());
        }
    }
}
