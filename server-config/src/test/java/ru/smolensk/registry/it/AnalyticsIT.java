package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** Statistics, the agreements registry and the orders of the event list over HTTP, on the demo data. */
class AnalyticsIT {

    private static final RegistryClient OPERATOR = RegistryClient.as("smolensk");
    private static final RegistryClient COORDINATOR = RegistryClient.as("coordinator");

    private static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject();
    }

    private static long sum(JsonArray counts) {
        return counts.getValuesAs(JsonObject.class).stream().mapToLong(c -> c.getJsonNumber("count").longValue())
                .sum();
    }

    @Test
    void statisticsOfAnApprovedReportAgreeWithTheEventList() {
        long approved = object(OPERATOR.get("/api/events?period=2025-Q4&kind=REPORT&status=APPROVED&size=1"))
                .getJsonNumber("total").longValue();
        assertTrue(approved > 0, "the demo data holds the approved municipal report of 2025-Q4");

        JsonObject stats = object(OPERATOR.get("/api/statistics?from=2025-Q4&kind=report"));
        assertEquals("2025-Q4", stats.getString("from"));
        assertEquals("2025-Q4", stats.getString("to"));
        assertEquals(approved, stats.getJsonNumber("events").longValue());
        assertEquals(approved, sum(stats.getJsonArray("byOrganization")));
        JsonObject first = stats.getJsonArray("byCountry").getJsonObject(0);
        assertEquals("BY", first.getString("code"), "Belarus is the main partner of the region");
        assertEquals("Беларусь", first.getString("name"));
        List<String> months = stats.getJsonArray("byMonth").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("month")).toList();
        assertEquals(months.stream().sorted().toList(), months);
        JsonObject smolensk = stats.getJsonArray("fulfilment").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("smolensk")).findFirst().orElseThrow();
        assertEquals("город Смоленск", smolensk.getString("name"));
        assertTrue(smolensk.getJsonNumber("reported").longValue() > 0);
    }

    @Test
    void aRangeOfPeriodsAddsUpItsPeriods() {
        long q2 = object(COORDINATOR.get("/api/statistics?from=2025-Q2")).getJsonNumber("events").longValue();
        long q4 = object(COORDINATOR.get("/api/statistics?from=2025-Q4")).getJsonNumber("events").longValue();
        long year = object(COORDINATOR.get("/api/statistics?from=2025-Q1&to=2025-Q4")).getJsonNumber("events")
                .longValue();
        assertTrue(q2 > 0 && q4 > 0);
        assertTrue(year >= q2 + q4, "the year holds at least both reports: " + year + " < " + q2 + " + " + q4);
    }

    @Test
    void onlyTheCoordinatorCountsDraftsAndBadRangesAreNamed() {
        assertEquals(403, OPERATOR.get("/api/statistics?from=2026-H1&includeDrafts=true").statusCode());
        long withDrafts = object(COORDINATOR.get("/api/statistics?from=2026-H1&kind=PLAN&includeDrafts=true"))
                .getJsonNumber("events").longValue();
        long approvedOnly = object(COORDINATOR.get("/api/statistics?from=2026-H1&kind=PLAN"))
                .getJsonNumber("events").longValue();
        assertTrue(withDrafts > approvedOnly, "the municipal plan of 2026-H1 is a draft in the demo data");

        HttpResponse<String> malformed = COORDINATOR.get("/api/statistics?from=2025-Q5");
        assertEquals(400, malformed.statusCode());
        assertEquals("application/problem+json", malformed.headers().firstValue("Content-Type").orElse(""));
        assertEquals("from", RegistryClient.json(malformed).asJsonObject().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
        assertEquals(400, COORDINATOR.get("/api/statistics").statusCode());
        assertEquals(400, COORDINATOR.get("/api/statistics?from=2026-H1&to=2025-Q1").statusCode());
        assertEquals(400, COORDINATOR.get("/api/statistics?from=2025-Q1&kind=MINUTES").statusCode());
        assertEquals(401, RegistryClient.anonymous().get("/api/statistics?from=2025-Q1").statusCode());
    }

    @Test
    void theAgreementsRegistryListsDocumentsSignedAtReportedEvents() {
        HttpResponse<String> response = COORDINATOR.get("/api/agreements?period=2025-Q4");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray agreements = RegistryClient.json(response).asJsonArray();
        assertFalse(agreements.isEmpty(), "the demo report of 2025-Q4 records signed agreements");
        for (JsonValue value : agreements) {
            JsonObject agreement = value.asJsonObject();
            assertEquals("2025-Q4", agreement.getString("period"));
            assertFalse(agreement.getString("title").isBlank());
        }
        JsonObject first = agreements.getJsonObject(0);
        long id = first.getJsonNumber("id").longValue();
        JsonObject one = object(OPERATOR.get("/api/agreements/" + id));
        assertEquals(first.getString("title"), one.getString("title"));
        assertEquals(first.getJsonNumber("eventId"), one.getJsonNumber("eventId"));
        assertEquals(404, OPERATOR.get("/api/agreements/999999999").statusCode());
        assertEquals(400, OPERATOR.get("/api/agreements?period=Q4").statusCode());

        String organization = first.getString("organization");
        JsonArray ofOrganization = RegistryClient.json(OPERATOR.get("/api/agreements?period=2025-Q4&organization="
                + organization)).asJsonArray();
        assertFalse(ofOrganization.isEmpty());
        ofOrganization.getValuesAs(JsonObject.class)
                .forEach(a -> assertEquals(organization, a.getString("organization")));
    }

    @Test
    void theEventListIsSortedByTheRequestedKey() {
        JsonArray items = object(OPERATOR.get("/api/events?period=2025-Q4&kind=REPORT&sort=-date&size=200"))
                .getJsonArray("items");
        List<LocalDate> starts = items.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getJsonObject("dates")).filter(d -> !d.isNull("start"))
                .map(d -> LocalDate.parse(d.getString("start"))).toList();
        assertTrue(starts.size() > 10);
        assertEquals(starts.stream().sorted(java.util.Comparator.reverseOrder()).toList(), starts);

        HttpResponse<String> unknown = OPERATOR.get("/api/events?sort=colour");
        assertEquals(400, unknown.statusCode());
        assertEquals("sort", RegistryClient.json(unknown).asJsonObject().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }
}
