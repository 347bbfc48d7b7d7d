package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/** Plan versus fact over HTTP: proposals of the plan entry a report entry fulfils, and the confirmed link. */
class PlanLinkIT {

    private static final RegistryClient SMOLENSK = RegistryClient.as("smolensk");

    private static long entry(long submissionId, String name, String dates) {
        String json = Json.createObjectBuilder().add("submissionId", submissionId).add("name", name)
                .add("place", "г. Смоленск").add("dates", dates).add("description", "Конкурс юных актеров")
                .add("goal", "Развитие связей").add("outcome", "Проведен").add("participants", "120 человек")
                .build().toString();
        HttpResponse<String> created = SMOLENSK.send(SMOLENSK.request("/api/events")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(201, created.statusCode(), created.body());
        return RegistryClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> link(long reportEntry, String ifMatch, String body) {
        HttpRequest.Builder request = SMOLENSK.request("/api/events/" + reportEntry + "/plan-link")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return SMOLENSK.send(request.build());
    }

    @Test
    void theReportEntryOfARecurringContestIsProposedItsPlanEntryAndLinked() {
        long plan = Api.createDraft("smolensk", "smolensk", "2034-H1", "PLAN").getJsonNumber("id")
                .longValue();
        long contest = entry(plan, "XXI открытый театральный конкурс «Маленькие шедевры»", "март 2034 года");
        long fair = entry(plan, "Ярмарка народных ремесел", "май 2034 года");
        long report = Api.createDraft("smolensk", "smolensk", "2034-Q1", "REPORT")
                .getJsonNumber("id").longValue();
        long held = entry(report, "Проведение XXII открытого театрального конкурса \"Маленькие шедевры\"",
                "15 марта 2034 года");

        HttpResponse<String> answer = SMOLENSK.get("/api/events/" + held + "/plan-suggestions");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonArray suggestions = RegistryClient.json(answer).asJsonArray();
        assertFalse(suggestions.isEmpty());
        JsonObject best = suggestions.getJsonObject(0);
        assertEquals(contest, best.getJsonNumber("planEntryId").longValue());
        assertTrue(best.getBoolean("datesOverlap"));
        assertTrue(suggestions.getValuesAs(JsonObject.class).stream()
                .noneMatch(s -> s.getJsonNumber("planEntryId").longValue() == fair), "the fair is not alike");

        String etag = SMOLENSK.get("/api/events/" + held).headers().firstValue("ETag").orElseThrow();
        assertEquals(428, link(held, null, "{\"planEntryId\":" + contest + "}").statusCode());
        HttpResponse<String> notInPlan = link(held, etag, "{\"planEntryId\":" + held + "}");
        assertEquals(422, notInPlan.statusCode(), notInPlan.body());
        HttpResponse<String> linked = link(held, etag, "{\"planEntryId\":" + contest + "}");
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals(contest, RegistryClient.json(SMOLENSK.get("/api/events/" + held)).asJsonObject()
                .getJsonNumber("planEntryId").longValue());
        assertEquals(412, link(held, etag, "{\"planEntryId\":null}").statusCode(), "a stale version loses");

        assertEquals(422, SMOLENSK.get("/api/events/" + contest + "/plan-suggestions").statusCode(),
                "a plan entry fulfils nothing");
        assertEquals(404, RegistryClient.as("shumyachi").get("/api/events/" + held + "/plan-suggestions")
                .statusCode(), "another organisation's draft is not visible");
        JsonObject audit = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/audit?entity=EventEntry&entityId=" + held)).asJsonObject();
        assertTrue(audit.toString().contains("Связано с записью плана"), audit.toString());
    }
}
