package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** The administrator's changes to reference data over HTTP: who may make them, validation, audit. */
class ReferenceAdministrationIT {

    private static final RegistryClient ADMIN = RegistryClient.as("admin");
    private static final String CODE = "it_body_" + Long.toString(System.currentTimeMillis(), 36);

    private static HttpResponse<String> send(RegistryClient client, String method, String path, String json) {
        return client.send(client.request(path).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json)).build());
    }

    private static String organization(String code, String kind) {
        return Json.createObjectBuilder().add("code", code).add("kind", kind)
                .add("name", "Главное управление «Тест» <i>Смоленской</i> области").add("parentCode", "coordinator")
                .build().toString();
    }

    @Test
    void anAdministratorAddsAnOrganisationWithAHistoricNameAndTheChangeIsAudited() {
        HttpResponse<String> created = send(ADMIN, "POST", "/api/reference/organizations",
                organization(CODE, "EXECUTIVE_BODY"));
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/reference/organizations/"
                + CODE));
        assertEquals(409, send(ADMIN, "POST", "/api/reference/organizations", organization(CODE, "EXECUTIVE_BODY"))
                .statusCode());

        String historic = Json.createObjectBuilder().add("name", "Департамент «Тест»").add("kind", "OFFICIAL")
                .add("validFrom", "2019-01-01").add("validTo", "2024-12-31").build().toString();
        HttpResponse<String> named = send(ADMIN, "POST", "/api/reference/organizations/" + CODE + "/names",
                historic);
        assertEquals(200, named.statusCode(), named.body());
        JsonObject organization = RegistryClient.json(RegistryClient.as("smolensk")
                .get("/api/reference/organizations/" + CODE)).asJsonObject();
        assertEquals("Главное управление «Тест» <i>Смоленской</i> области", organization.getString("name"));
        assertEquals("coordinator", organization.getString("parentCode"));
        assertTrue(organization.getJsonArray("names").toString().contains("Департамент «Тест»"));
        assertEquals(409, send(ADMIN, "POST", "/api/reference/organizations/" + CODE + "/names", historic)
                .statusCode());

        JsonObject audit = RegistryClient.json(ADMIN.get("/api/audit?entity=Organization&entityId=" + CODE))
                .asJsonObject();
        assertEquals(2, audit.getJsonArray("items").size(), audit.toString());
        assertEquals("admin", audit.getJsonArray("items").getJsonObject(0).getString("user"));
    }

    @Test
    void badValuesAreNamedAndNothingIsWritten() {
        HttpResponse<String> badCode = send(ADMIN, "POST", "/api/reference/organizations",
                organization("Bad Code!", "EXECUTIVE_BODY"));
        assertEquals(422, badCode.statusCode(), badCode.body());
        assertEquals("code", RegistryClient.json(badCode).asJsonObject().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(400, send(ADMIN, "POST", "/api/reference/organizations", organization(CODE + "_x", "PLANET"))
                .statusCode());
        assertEquals(404, ADMIN.get("/api/reference/organizations/" + CODE + "_x").statusCode());

        String backwards = Json.createObjectBuilder().add("name", "Смоленский район").add("validFrom", "2025-01-01")
                .add("validTo", "2024-01-01").build().toString();
        HttpResponse<String> dates = send(ADMIN, "POST", "/api/reference/organizations/smolensky/names", backwards);
        assertEquals(422, dates.statusCode(), dates.body());
        assertEquals(404, send(ADMIN, "POST", "/api/reference/organizations/nowhere/names", backwards).statusCode());
        assertEquals(400,
                send(ADMIN, "POST", "/api/reference/spheres/CULTURE_TOURISM/aliases", "{\"alias\":").statusCode());
    }

    @Test
    void onlyTheAdministratorChangesReferenceData() {
        for (String user : new String[]{"coordinator", "smolensk", "federal"}) {
            RegistryClient client = RegistryClient.as(user);
            assertEquals(403, send(client, "POST", "/api/reference/organizations", organization(CODE + "_y",
                    "EXECUTIVE_BODY")).statusCode(), user);
            assertEquals(403, send(client, "PUT", "/api/reference/accounts/intruder",
                    "{\"organization\":\"smolensk\"}").statusCode(), user);
            assertEquals(403, client.get("/api/reference/accounts").statusCode(), user);
        }
        assertEquals(401, send(RegistryClient.anonymous(), "POST", "/api/reference/spheres/CULTURE_TOURISM/aliases",
                "{\"alias\":\"x\"}").statusCode());
    }

    @Test
    void anAdministratorBindsAnAccountToAnOrganisationAndAddsASphereAlias() {
        String username = "operator." + CODE;
        HttpResponse<String> bound = send(ADMIN, "PUT", "/api/reference/accounts/" + username,
                "{\"fullName\":\"Иванова И. И.\",\"organization\":\"shumyachsky\"}");
        assertEquals(200, bound.statusCode(), bound.body());
        assertEquals("shumyachsky", RegistryClient.json(bound).asJsonObject().getString("organization"));
        HttpResponse<String> rebound = send(ADMIN, "PUT", "/api/reference/accounts/" + username,
                "{\"organization\":\"smolensk\"}");
        assertEquals("smolensk", RegistryClient.json(rebound).asJsonObject().getString("organization"));
        assertTrue(ADMIN.get("/api/reference/accounts").body().contains(username));

        String alias = "Сотрудничество в сфере культуры " + CODE;
        HttpResponse<String> added = send(ADMIN, "POST", "/api/reference/spheres/CULTURE_TOURISM/aliases",
                Json.createObjectBuilder().add("alias", alias).build().toString());
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(RegistryClient.json(added).asJsonObject().getJsonArray("aliases").toString().contains(alias));
    }
}
