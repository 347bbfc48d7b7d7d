package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Campaign windows over HTTP: operators may change their document before the closing date, not after it, again
 * with an extension for their organisation and not after the extension expired; completeness per organisation.
 */
class CampaignIT {

    private static final RegistryClient COORDINATOR = RegistryClient.as("coordinator");
    private static final String CAMPAIGN = "/api/campaigns/report/municipal/2036-Q1";
    private static final LocalDate TODAY = LocalDate.now();

    private static HttpResponse<String> send(RegistryClient client, String method, String path, String json) {
        return client.send(client.request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void window(int opensInDays, int closesInDays) {
        HttpResponse<String> scheduled = send(COORDINATOR, "PUT", CAMPAIGN, "{\"opensOn\":\""
                + TODAY.plusDays(opensInDays) + "\",\"closesOn\":\"" + TODAY.plusDays(closesInDays) + "\"}");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
    }

    private static void extend(String organization, int untilInDays) {
        HttpResponse<String> extended = send(COORDINATOR, "POST", CAMPAIGN + "/extensions", Json.createObjectBuilder()
                .add("organization", organization).add("until", TODAY.plusDays(untilInDays).toString())
                .add("reason", "Болезнь исполнителя").build().toString());
        assertEquals(200, extended.statusCode(), extended.body());
    }

    private static HttpResponse<String> addEntry(String account, long submissionId) {
        return send(RegistryClient.as(account), "POST", "/api/events", Json.createObjectBuilder()
                .add("submissionId", submissionId).add("name", "Встреча с делегацией г. Могилева")
                .add("place", "г. Смоленск").add("dates", "10 февраля 2036 года").add("description", "Переговоры")
                .add("outcome", "Подписан протокол").add("participants", "12 человек").build().toString());
    }

    private static HttpResponse<String> createDraft(String account, String organization) {
        return send(RegistryClient.as(account), "POST", "/api/submissions", "{\"organization\":\"" + organization
                + "\",\"period\":\"2036-Q1\",\"kind\":\"REPORT\"}");
    }

    @Test
    void operatorsChangeTheirReportOnlyWithinTheWindowOrAnExtension() {
        window(-30, 5);
        HttpResponse<String> draft = createDraft("smolensk", "smolensk");
        assertEquals(201, draft.statusCode(), draft.body());
        long report = RegistryClient.json(draft).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(201, addEntry("smolensk", report).statusCode(), "allowed before the closing date");

        window(-30, -1);
        HttpResponse<String> late = addEntry("smolensk", report);
        assertEquals(409, late.statusCode(), late.body());
        JsonObject problem = RegistryClient.json(late).asJsonObject();
        assertTrue(problem.getString("detail").contains("истек " + TODAY.minusDays(1).format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))), problem.getString("detail"));
        assertEquals(201, addEntry("coordinator", report).statusCode(), "the coordinator is not bound by it");

        extend("smolensk", 3);
        assertEquals(201, addEntry("smolensk", report).statusCode(), "allowed with an extension");

        window(-30, -10);
        extend("shumyachsky", -5);
        assertEquals(409, createDraft("shumyachi", "shumyachsky").statusCode(), "refused after the extension expired");
        assertEquals(201, addEntry("smolensk", report).statusCode(), "the other extension still runs");

        JsonObject completeness = RegistryClient.json(COORDINATOR.get(CAMPAIGN + "/completeness")).asJsonObject();
        JsonObject counts = completeness.getJsonObject("counts");
        assertEquals(27, counts.getInt("expected"));
        assertEquals(1, counts.getInt("draft"));
        assertEquals(26, counts.getInt("none"));
        JsonObject smolensk = completeness.getJsonArray("organizations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals("smolensk")).findFirst().orElseThrow();
        assertEquals("DRAFT", smolensk.getString("status"));
        assertTrue(smolensk.getBoolean("missing"));
        assertEquals(TODAY.plusDays(3).toString(), smolensk.getString("deadline"));
    }

    @Test
    void operatorsAreRemindedOfComingAndPassedDeadlinesAndTheCoordinatorOfMissingDocuments() {
        assertEquals(200, send(COORDINATOR, "PUT", "/api/campaigns/report/municipal/2036-Q2", "{\"opensOn\":\""
                + TODAY.minusDays(10) + "\",\"closesOn\":\"" + TODAY.plusDays(3) + "\"}").statusCode());
        assertEquals(200, send(COORDINATOR, "PUT", "/api/campaigns/report/regional/2036-Q2", "{\"opensOn\":\""
                + TODAY.minusDays(20) + "\",\"closesOn\":\"" + TODAY.minusDays(2) + "\"}").statusCode());

        String smolensk = RegistryClient.as("smolensk").get("/api/campaigns/notices").body();
        assertTrue(smolensk.contains("\"DUE_SOON\"") && smolensk.contains("до " + TODAY.plusDays(3).format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))), smolensk);
        assertTrue(!smolensk.contains("\"REGIONAL\""), "a municipality is not reminded of regional reports");

        String culture = RegistryClient.as("culture").get("/api/campaigns/notices").body();
        assertTrue(culture.contains("\"OVERDUE\"") && culture.contains("2036-Q2"), culture);
        String coordinator = COORDINATOR.get("/api/campaigns/notices").body();
        assertTrue(coordinator.contains("Не сдали отчет за II квартал 2036 года"), coordinator);
    }

    @Test
    void onlyTheCoordinatorRunsCampaignsAndAReasonIsRequired() {
        assertEquals(403, send(RegistryClient.as("smolensk"), "PUT", "/api/campaigns/plan/municipal/2036-H2",
                "{\"opensOn\":\"2036-06-01\",\"closesOn\":\"2036-06-20\"}").statusCode());
        assertEquals(200, send(COORDINATOR, "PUT", "/api/campaigns/plan/municipal/2036-H2",
                "{\"opensOn\":\"2036-06-01\",\"closesOn\":\"2036-06-20\"}").statusCode());
        assertEquals(409, send(COORDINATOR, "PUT", "/api/campaigns/plan/municipal/2036-Q3",
                "{\"opensOn\":\"2036-06-01\",\"closesOn\":\"2036-06-20\"}").statusCode(), "a plan is for a half-year");
        assertEquals(409, send(COORDINATOR, "POST", "/api/campaigns/plan/municipal/2036-H2/extensions",
                "{\"organization\":\"smolensk\",\"until\":\"2036-07-01\",\"reason\":\" \"}").statusCode());
        assertEquals(404, COORDINATOR.get("/api/campaigns/plan/regional/2036-H2/completeness").statusCode());
        assertEquals(403, RegistryClient.as("smolensk").get("/api/campaigns/plan/municipal/2036-H2/completeness")
                .statusCode());
    }

    @Test
    void completenessOfTheDemoReportCountsTheOrganisationsOfTheFixture() {
        assertEquals(200, send(COORDINATOR, "PUT", "/api/campaigns/report/municipal/2025-Q4",
                "{\"opensOn\":\"2025-10-01\",\"closesOn\":\"2026-01-15\"}").statusCode());
        JsonObject counts = RegistryClient.json(COORDINATOR.get("/api/campaigns/report/municipal/2025-Q4/completeness"))
                .asJsonObject().getJsonObject("counts");
        int sections = Fixtures.manifest().stream()
                .filter(f -> f.getString("file").equals("report-municipal-2025-Q4.docx")).findFirst().orElseThrow()
                .getJsonArray("sections").size();
        assertEquals(27, counts.getInt("expected"));
        assertEquals(sections, counts.getInt("approved"));
        assertEquals(27 - sections, counts.getInt("none"));
        assertEquals(27, counts.getInt("late"), "handed in at the demo load, after the closing date, or missing");
        assertEquals(200, send(COORDINATOR, "PUT", "/api/campaigns/report/municipal/2025-Q4",
                "{\"opensOn\":\"2025-10-01\",\"closesOn\":\"2099-12-31\"}").statusCode(),
                "the window reopened for the other system tests");
    }
}
