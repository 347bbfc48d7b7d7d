package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessChecksTheDatabaseWithoutSigningInAndShowsTheDetailsToAdministrators() {
        HttpResponse<String> ready = RegistryClient.anonymous().get("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", RegistryClient.json(ready).asJsonObject().getString("status"));
        HttpResponse<String> response = RegistryClient.as("admin").get("/api/system/health");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = RegistryClient.json(response).asJsonObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        String expectedProduct = "postgresql".equals(System.getProperty("it.db.kind")) ? "PostgreSQL" : "H2";
        assertEquals(expectedProduct, database.getJsonObject("data").getString("product"));
        assertTrue(database.getJsonObject("data").getJsonNumber("organizations").longValue() >= 27);
    }

    /**
     * The libraries the registry brings log nothing an administrator would take for a fault: POI's Log4j logging
     * has a provider (else Log4j prints an error at POI's first use) and Flyway finds its callback location (else
     * an error at every start). A document is written first, so that POI has logged in any case.
     */
    @Test
    void theServerLogShowsNoLibraryErrorAfterStartAndADocument() throws IOException {
        assertEquals(200, RegistryClient.as("coordinator").get("/api/documents/plan/municipal/2026-H1.docx")
                .statusCode());
        Path logs = Path.of(System.getProperty("it.wlp.dir"), "usr", "servers", "registry", "logs");
        List<String> errors = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("messages")).toList()) {
                Files.readAllLines(log).stream().filter(line -> line.contains("could not find a logging provider")
                        || line.contains("Unable to resolve location")).forEach(errors::add);
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void livenessIsUp() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/health/live");
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void theOpenApiDocumentDescribesTheReferenceApi() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/openapi?format=JSON");
        assertEquals(200, response.statusCode());
        JsonObject openapi = RegistryClient.json(response).asJsonObject();
        assertTrue(openapi.getString("openapi").startsWith("3."), openapi.getString("openapi"));
        assertTrue(openapi.getJsonObject("paths").containsKey("/api/reference/organizations"));
        assertEquals(200, RegistryClient.anonymous().get("/openapi/ui/").statusCode());
    }

    @Test
    void theRootLeadsIntoTheApplicationAndTheDevelopersPageHasTheLinks() {
        HttpResponse<String> root = RegistryClient.anonymous().get("/");
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/app/index.xhtml"), root.headers()
                .toString());

        HttpResponse<String> developers = RegistryClient.anonymous().get("/developers.xhtml");
        assertEquals(200, developers.statusCode());
        assertTrue(developers.body().contains("href=\"/openapi/ui/\"") && developers.body().contains(
                "href=\"/health/ready\""), developers.body());
    }
}
