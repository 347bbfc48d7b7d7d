package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.it.Api.Answer;

/**
 * The plan and report workflow over HTTP with the demo accounts. Every test works on its own
 * organisation, period and kind (far-future periods nobody else uses), so the tests depend neither
 * on each other nor on the data already on the server.
 */
class SubmissionWorkflowIT {

    private static Answer get(String account, String path) {
        return Api.get(account, path);
    }

    private static Answer post(String account, String path, String ifMatch, String json) {
        return Api.post(account, path, ifMatch, json);
    }

    private static JsonObject createDraft(String account, String organization, String period, String kind) {
        return Api.createDraft(account, organization, period, kind);
    }

    private static String path(JsonObject submission) {
        return Api.path(submission);
    }

    @BeforeAll
    static void awaitTheApplication() throws InterruptedException {
        Api.awaitTheApplication();
    }

    @Test
    void aPlanIsSubmittedReturnedCorrectedAndApproved() {
        JsonObject draft = createDraft("smolensk", "smolensk", "2030-H1", "PLAN");
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("Черновик", draft.getString("statusLabel"));
        assertEquals("город Смоленск", draft.getJsonObject("organization").getString("name"));
        String path = path(draft);

        Answer read = get("smolensk", path);
        assertEquals(200, read.status(), read.body());
        assertEquals("2030-H1", read.json().getString("period"));
        assertEquals(0, read.json().getJsonArray("entries").size());

        Answer submitted = post("smolensk", path + "/submit", read.etag(), "{}");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals("На рассмотрении", submitted.json().getString("statusLabel"));
        assertNotEquals(read.etag(), submitted.etag());

        JsonObject noReason = post("coordinator", path + "/return", submitted.etag(), "{}").problem(422,
                "validation");
        assertEquals("reason", noReason.getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(noReason.getString("detail").contains("причину"), noReason.getString("detail"));

        Answer returned = post("coordinator", path + "/return", submitted.etag(),
                "{\"reason\":\"Уточните сроки проведения мероприятий\"}");
        assertEquals(200, returned.status(), returned.body());
        assertEquals("RETURNED", returned.json().getString("status"));
        assertEquals("Возвращен на доработку", returned.json().getString("statusLabel"));
        assertEquals("Уточните сроки проведения мероприятий", returned.json().getString("returnReason"));

        Answer resubmitted = post("smolensk", path + "/submit", returned.etag(), "{}");
        assertEquals(200, resubmitted.status(), resubmitted.body());
        Answer approved = post("coordinator", path + "/approve", resubmitted.etag(), "{\"comment\":\"Согласовано\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("Утвержден", approved.json().getString("statusLabel"));
        assertEquals(approved.etag(), get("coordinator", path).etag());

        HttpResponse<String> history = RegistryClient.as("smolensk").get(path + "/history");
        assertEquals(200, history.statusCode(), history.body());
        JsonArray steps = RegistryClient.json(history).asJsonArray();
        assertEquals(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED"),
                steps.getValuesAs(JsonObject.class).stream().map(s -> s.getString("to")).toList());
        assertEquals("Уточните сроки проведения мероприятий", steps.getJsonObject(2).getString("comment"));
        assertEquals("coordinator", steps.getJsonObject(4).getString("actor"));
    }

    @Test
    void theListShowsAnOperatorOnlyTheirOwnOrganisation() {
        JsonObject draft = createDraft("culture", "min_culture", "2031-H2", "PLAN");
        HttpResponse<String> own = RegistryClient.as("culture").get("/api/submissions?period=2031-H2");
        assertEquals(200, own.statusCode(), own.body());
        JsonObject list = RegistryClient.json(own).asJsonObject();
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getJsonNumber("id").longValue() == draft.getJsonNumber("id").longValue()));
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getJsonObject("organization").getString("code").equals("min_culture")));
        assertEquals(list.getJsonArray("items").size(), list.getInt("total"));

        JsonObject ofSmolensk = RegistryClient.json(RegistryClient.as("smolensk")
                .get("/api/submissions?period=2031-H2&organization=min_culture")).asJsonObject();
        assertEquals(0, ofSmolensk.getInt("total"));

        JsonObject forCoordinator = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/submissions?period=2031-H2&kind=PLAN&level=REGIONAL&status=DRAFT")).asJsonObject();
        assertTrue(forCoordinator.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> s.getJsonObject("organization").getString("code").equals("min_culture")));
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        JsonObject draft = createDraft("shumyachi", "shumyachsky", "2030-Q3", "REPORT");
        String path = path(draft);
        String etag = "\"" + draft.getJsonNumber("version").longValue() + "\"";

        get("smolensk", path).problem(404, "not-found");
        get("smolensk", path + "/history").problem(404, "not-found");
        post("smolensk", path + "/submit", etag, "{}").problem(404, "not-found");
        get("federal", "/api/submissions").problem(403, "access-denied");
        get("federal", path).problem(403, "access-denied");
        post("smolensk", "/api/submissions", null,
                "{\"organization\":\"shumyachsky\",\"period\":\"2030-Q4\",\"kind\":\"REPORT\"}")
                .problem(403, "access-denied");

        Answer submitted = post("shumyachi", path + "/submit", etag, "{}");
        assertEquals(200, submitted.status(), submitted.body());
        JsonObject denied = post("shumyachi", path + "/approve", submitted.etag(), "{}").problem(403, "access-denied");
        assertTrue(denied.getString("detail").contains("координатор"), denied.getString("detail"));
        post("admin", path + "/return", submitted.etag(), "{\"reason\":\"Нет\"}").problem(403, "access-denied");
        assertEquals("SUBMITTED", get("coordinator", path).json().getString("status"));
        assertEquals(200, get("admin", path).status());
    }

    @Test
    void aDuplicateDraftIsAConflict() {
        createDraft("coordinator", "shumyachsky", "2031-Q1", "REPORT");
        JsonObject problem = post("shumyachi", "/api/submissions", null,
                "{\"period\":\"2031-Q1\",\"kind\":\"REPORT\"}").problem(409, "conflict");
        assertTrue(problem.getString("detail").contains("уже создан"), problem.getString("detail"));
    }

    @Test
    void aStaleOrMissingIfMatchIsRefused() {
        JsonObject draft = createDraft("culture", "min_culture", "2031-H1", "PLAN");
        String path = path(draft);
        long version = draft.getJsonNumber("version").longValue();

        JsonObject missing = post("culture", path + "/submit", null, "{}").problem(428, "precondition-required");
        assertTrue(missing.getString("detail").contains("If-Match"), missing.getString("detail"));
        JsonObject stale = post("culture", path + "/submit", "\"" + (version + 5) + "\"", "{}").problem(412,
                "stale-version");
        assertTrue(stale.getString("detail").contains("текущая версия " + version), stale.getString("detail"));
        assertEquals("DRAFT", get("culture", path).json().getString("status"));

        Answer submitted = post("culture", path + "/submit", "\"" + version + "\"", "{}");
        assertEquals(200, submitted.status(), submitted.body());
        post("coordinator", path + "/approve", "\"" + version + "\"", "{}").problem(412, "stale-version");
        post("coordinator", path + "/approve", null, "{}").problem(428, "precondition-required");
        assertEquals("SUBMITTED", get("coordinator", path).json().getString("status"));
    }

    @Test
    void malformedInputIsABadRequestOrInvalidData() {
        post("smolensk", "/api/submissions", null, "{\"period\": \"2030-H2\", ").problem(400, "malformed-json");
        post("smolensk", "/api/submissions", null, "[1, 2").problem(400, "malformed-json");
        JsonObject mismatch = post("smolensk", "/api/submissions", null, "{\"period\":\"2030-H2\",\"kind\":\"REPORT\"}")
                .problem(422, "validation");
        assertEquals("period", mismatch.getJsonArray("errors").getJsonObject(0).getString("field"));
        get("coordinator", "/api/submissions?status=FINISHED").problem(400, "bad-request");
        get("coordinator", "/api/submissions?period=2030-H7").problem(400, "bad-request");
    }
}
