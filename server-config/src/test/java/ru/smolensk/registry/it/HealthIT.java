package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessChecksTheDatabaseWithoutSigningIn() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = RegistryClient.json(response).asJsonObject();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        String expectedProduct = "postgresql".equals(System.getProperty("it.db.kind")) ? "PostgreSQL" : "H2";
        assertEquals(expectedProduct, database.getJsonObject("data").getString("product"));
        assertTrue(database.getJsonObject("data").getJsonNumber("organizations").longValue() >= 27);
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
    void theStartPageIsServedAtTheRoot() {
        HttpResponse<String> response = RegistryClient.anonymous().get("/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Реестр международных мероприятий"));
    }
}
