package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.it.Api.Answer;

/**
 * The audit log over HTTP: the transitions of a report are recorded with who, when, before and after,
 * and only the administrator and the coordinator may read them.
 */
class AuditIT {

    private static String id;
    private static String createdAt;

    /** A report of its own (organisation, period, kind) taken through the whole workflow once. */
    @BeforeAll
    static void takeAReportThroughTheWorkflow() throws InterruptedException {
        Api.awaitTheApplication();
        JsonObject draft = Api.createDraft("smolensk", "smolensk", "2031-Q3", "REPORT");
        id = String.valueOf(draft.getJsonNumber("id").longValue());
        createdAt = draft.getString("createdAt");
        String path = Api.path(draft);
        Answer submitted = Api.post("smolensk", path + "/submit",
                "\"" + draft.getJsonNumber("version").longValue() + "\"", "{}");
        Answer returned = Api.post("coordinator", path + "/return", submitted.etag(),
                "{\"reason\":\"Добавьте число участников\"}");
        Answer resubmitted = Api.post("smolensk", path + "/submit", returned.etag(), "{}");
        Answer approved = Api.post("coordinator", path + "/approve", resubmitted.etag(), "{}");
        assertEquals(200, approved.status(), approved.body());
    }

    private static JsonObject list(String account, String query) {
        HttpResponse<String> response = RegistryClient.as(account).get("/api/audit?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return RegistryClient.json(response).asJsonObject();
    }

    private static List<JsonObject> items(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theCoordinatorSeesEveryTransitionNewestFirst() {
        List<JsonObject> records = items(list("coordinator", "entity=Submission&entityId=" + id));
        assertEquals(List.of("APPROVE", "SUBMIT", "RETURN", "SUBMIT", "CREATE"),
                records.stream().map(r -> r.getString("action")).toList());
        assertEquals(List.of("coordinator", "smolensk", "coordinator", "smolensk", "smolensk"),
                records.stream().map(r -> r.getString("user")).toList());
        JsonObject returned = records.get(2);
        assertEquals("Возврат на доработку", returned.getString("actionLabel"));
        assertEquals("SUBMITTED", returned.getJsonObject("before").getString("status"));
        assertEquals("RETURNED", returned.getJsonObject("after").getString("status"));
        assertEquals("Добавьте число участников", returned.getJsonObject("after").getString("returnReason"));
        assertTrue(returned.getString("summary").contains("III квартал 2031 года"), returned.getString("summary"));
        JsonObject created = records.get(4);
        assertTrue(created.isNull("before"), created.toString());
        assertEquals("DRAFT", created.getJsonObject("after").getString("status"));
        assertEquals(id, created.getString("entityId"));
        assertEquals("Submission", created.getString("entity"));
    }

    @Test
    void theLogIsFilteredByUserTimeAndLimit() {
        List<JsonObject> byCoordinator = items(list("admin", "entity=Submission&entityId=" + id + "&user=coordinator"));
        assertEquals(List.of("APPROVE", "RETURN"), byCoordinator.stream().map(r -> r.getString("action")).toList());

        String justBefore = encoded(OffsetDateTime.parse(createdAt).minusSeconds(1).toString());
        assertEquals(5, items(list("coordinator", "entityId=" + id + "&entity=Submission&from=" + justBefore
                + "&to=2100-01-01")).size());
        assertEquals(0, items(list("coordinator", "entityId=" + id + "&entity=Submission&to=" + justBefore)).size());

        JsonObject limited = list("coordinator", "entity=Submission&entityId=" + id + "&limit=2");
        assertEquals(2, items(limited).size());
        assertEquals(2, limited.getInt("limit"));
        assertTrue(limited.getBoolean("more"));
        assertFalse(list("coordinator", "entity=Submission&entityId=" + id + "&limit=5").getBoolean("more"));
    }

    @Test
    void operatorsAndPartnerSystemsMayNotReadTheLog() {
        // an operator is refused by the audit use case; a partner system by the REST API as a whole (SOAP only)
        Map<String, String> refusals = Map.of("smolensk", "администратору и координатору", "federal", "SOAP");
        refusals.forEach((account, why) -> {
            HttpResponse<String> response = RegistryClient.as(account).get("/api/audit?entity=Submission");
            assertEquals(403, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonObject problem = RegistryClient.json(response).asJsonObject();
            assertEquals("access-denied", problem.getString("code"));
            assertTrue(problem.getString("detail").contains(why), problem.getString("detail"));
        });
    }

    @Test
    void aMalformedFilterIsABadRequest() {
        HttpResponse<String> response = RegistryClient.as("coordinator").get("/api/audit?limit=100000");
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("limit", RegistryClient.json(response).asJsonObject().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }
}
