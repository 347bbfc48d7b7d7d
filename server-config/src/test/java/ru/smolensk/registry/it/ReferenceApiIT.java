package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceApiIT {

    private static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonArray();
    }

    @Test
    void theCoordinatorSeesAllTwentySevenMunicipalitiesWithCurrentNames() {
        JsonArray municipalities = array(
                RegistryClient.as("coordinator").get("/api/reference/organizations?level=MUNICIPAL"));
        assertEquals(27, municipalities.size());
        List<String> names = municipalities.getValuesAs(JsonObject.class).stream().map(o -> o.getString("name"))
                .toList();
        assertEquals("город Смоленск", names.get(0));
        assertTrue(names.contains("Шумячский муниципальный округ"), names.toString());
        assertTrue(names.contains("город Десногорск"), names.toString());
        assertEquals(25, names.stream().filter(n -> n.endsWith("муниципальный округ")).count(), names.toString());
    }

    @Test
    void organisationsCarryTheirHistoricNames() {
        HttpResponse<String> response = RegistryClient.as("coordinator")
                .get("/api/reference/organizations/shumyachsky");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject shumyachi = RegistryClient.json(response).asJsonObject();
        assertEquals("Шумячский муниципальный округ", shumyachi.getString("name"));
        JsonObject historic = shumyachi.getJsonArray("names").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("name").equals("Шумячский район")).findFirst().orElseThrow();
        assertEquals("OFFICIAL", historic.getString("kind"));
        assertEquals("2024-12-31", historic.getString("validTo"));
    }

    @Test
    void allOrganisationsIncludeRegionalBodies() {
        JsonArray all = array(RegistryClient.as("coordinator").get("/api/reference/organizations"));
        assertTrue(all.getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("name").equals("Министерство культуры и туризма Смоленской области")));
        JsonArray regional = array(RegistryClient.as("coordinator").get("/api/reference/organizations?level=regional"));
        assertTrue(regional.getValuesAs(JsonObject.class).stream()
                .allMatch(o -> o.getString("level").equals("REGIONAL")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator", "smolensk", "shumyachi", "culture"})
    void everyStaffAccountReadsReferenceData(String account) {
        assertEquals(16, array(RegistryClient.as(account).get("/api/reference/spheres")).size());
    }

    @Test
    void aPartnerAccountHasNoRestAccessByDefault() {
        assertEquals(403, RegistryClient.as("federal").get("/api/reference/spheres").statusCode());
    }

    @Test
    void spheresAreInTheOfficialOrder() {
        JsonArray spheres = array(RegistryClient.as("culture").get("/api/reference/spheres"));
        JsonObject first = spheres.getJsonObject(0);
        assertEquals("ECONOMY", first.getString("code"));
        assertEquals("Сотрудничество в сфере экономического развития", first.getString("reportTitle"));
        assertEquals("GENERAL", spheres.getJsonObject(spheres.size() - 1).getString("code"));
    }

    @Test
    void countriesHaveRussianNamesAndAliases() {
        JsonArray countries = array(RegistryClient.as("smolensk").get("/api/reference/countries"));
        assertTrue(countries.size() >= 249);
        JsonObject belarus = countries.getJsonObject(0);
        assertEquals("BY", belarus.getString("code"));
        assertEquals("Беларусь", belarus.getString("name"));
        assertTrue(belarus.getJsonArray("aliases").getValuesAs(JsonString::getString).contains("РБ"));
        assertTrue(countries.getValuesAs(JsonObject.class).stream().anyMatch(c -> c.getString("code").equals("AB")));
    }

    @Test
    void signingInIsRequired() {
        assertEquals(401, RegistryClient.anonymous().get("/api/reference/organizations").statusCode());
        assertEquals(401, RegistryClient.as("coordinator", "wrong").get("/api/reference/organizations").statusCode());
    }

    @Test
    void aMalformedFilterIsAProblemInRussian() {
        HttpResponse<String> response = RegistryClient.as("coordinator").get("/api/reference/organizations?level=X");
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = RegistryClient.json(response).asJsonObject();
        assertEquals("bad-request", problem.getString("code"));
        assertTrue(problem.getString("detail").startsWith("Неизвестный уровень"), problem.getString("detail"));
        assertEquals("level", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anUnknownOrganisationIsNotFound() {
        HttpResponse<String> response = RegistryClient.as("coordinator").get("/api/reference/organizations/nowhere");
        assertEquals(404, response.statusCode());
        assertTrue(RegistryClient.json(response).asJsonObject().getString("detail").contains("nowhere"));
    }
}
