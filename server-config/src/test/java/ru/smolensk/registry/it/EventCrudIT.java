package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.junit.jupiter.api.Test;

/** Entering, changing and deleting an event entry over HTTP, with versions, scoping and validation. */
class EventCrudIT {

    private static final RegistryClient SMOLENSK = RegistryClient.as("smolensk");
    private static final String NAME = "Фестиваль «Дружба» <b>без границ</b> '; DROP TABLE event_entry; --";

    private static long smolensksDraftPlan() {
        JsonObject page = RegistryClient.json(SMOLENSK.get("/api/events?period=2026-H1&kind=PLAN"
                + "&organization=smolensk&size=1")).asJsonObject();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("submissionId").longValue();
    }

    private static JsonObjectBuilder entry(long submissionId) {
        return Json.createObjectBuilder().add("submissionId", submissionId).add("name", NAME)
                .add("place", "г. Смоленск").add("dates", "22-25 мая 2026 года")
                .add("description", "Концерт творческих коллективов").add("goal", "Укрепление дружбы")
                .add("participants", "Коллективы г. Смоленска и г. Витебска (Республика Беларусь)");
    }

    private static HttpResponse<String> send(RegistryClient client, String method, String path, String body,
            String ifMatch) {
        var request = client.request(path).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return client.send(request.method(method, body == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : BodyPublishers.ofString(body)).build());
    }

    @Test
    void anOperatorEntersChangesAndDeletesAnEventOfTheirOwnDraft() {
        HttpResponse<String> created = send(SMOLENSK, "POST", "/api/events",
                entry(smolensksDraftPlan()).build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject event = RegistryClient.json(created).asJsonObject();
        long id = event.getJsonNumber("id").longValue();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/events/" + id));
        assertEquals(NAME, event.getString("name"));
        assertEquals("2026-05-22", event.getJsonObject("dates").getString("start"));
        assertEquals("2026-05-25", event.getJsonObject("dates").getString("end"));
        assertTrue(event.getJsonArray("countries").toString().contains("BY"));
        try {
            String changed = entry(0).add("dates", "июнь 2026 года").build().toString();
            assertEquals(428, send(SMOLENSK, "PUT", "/api/events/" + id, changed, null).statusCode());
            assertEquals(412, send(SMOLENSK, "PUT", "/api/events/" + id, changed, "\"999\"").statusCode());
            assertEquals(404, send(RegistryClient.as("shumyachi"), "PUT", "/api/events/" + id, changed, etag)
                    .statusCode());

            HttpResponse<String> updated = send(SMOLENSK, "PUT", "/api/events/" + id, changed, etag);
            assertEquals(200, updated.statusCode(), updated.body());
            assertEquals("2026-06-30", RegistryClient.json(updated).asJsonObject().getJsonObject("dates")
                    .getString("end"));
            HttpResponse<String> lostUpdate = send(SMOLENSK, "PUT", "/api/events/" + id, changed, etag);
            assertEquals(412, lostUpdate.statusCode(), "a second change with the old version must not win");
            etag = updated.headers().firstValue("ETag").orElseThrow();
        } finally {
            HttpResponse<String> deleted = send(SMOLENSK, "DELETE", "/api/events/" + id, null, etag);
            assertEquals(204, deleted.statusCode(), deleted.body());
        }
        assertEquals(404, SMOLENSK.get("/api/events/" + id).statusCode());
    }

    /**
     * Administrators keep reference data and accounts, not plans and reports: they are refused on every write of an
     * entry (403), as on imports and the workflow. Every write of the operator is exactly one audit record.
     */
    @Test
    void administratorsAreRefusedOnEntriesAndEveryWriteIsOneAuditRecord() {
        long plan = smolensksDraftPlan();
        Api.Answer refusedCreate = Api.post("admin", "/api/events", null, entry(plan).build().toString());
        JsonObject problem = refusedCreate.problem(403, "entry-write-refused");
        assertTrue(problem.getString("detail").contains("операторы своей организации и координатор"),
                problem.toString());

        HttpResponse<String> created = send(SMOLENSK, "POST", "/api/events", entry(plan).build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        long id = RegistryClient.json(created).asJsonObject().getJsonNumber("id").longValue();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        String path = "/api/events/" + id;
        String changed = entry(0).add("dates", "июль 2026 года").build().toString();
        Api.send("admin", "PUT", path, etag, changed).problem(403, "entry-write-refused");
        Api.send("admin", "DELETE", path, etag, null).problem(403, "entry-write-refused");
        assertEquals(etag, Api.etag("smolensk", path), "the refused writes changed nothing");

        Api.Answer updated = Api.send("smolensk", "PUT", path, etag, changed);
        assertEquals(200, updated.status(), updated.body());
        assertEquals(204, Api.send("smolensk", "DELETE", path, updated.etag(), null).status());

        JsonObject audit = Api.get("coordinator", "/api/audit?entity=EventEntry&entityId=" + id).json();
        List<String> actions = audit.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("action")).toList();
        assertEquals(List.of("DELETE", "UPDATE", "CREATE"), actions, "one record per write, newest first");
        JsonObject update = audit.getJsonArray("items").getJsonObject(1);
        assertTrue(update.get("before").toString().contains("22-25 мая 2026 года"), update.toString());
        assertTrue(update.get("after").toString().contains("июль 2026 года"), update.toString());
    }

    /** The list's pages are kept between requests: every change must show at once, and only to those who may see. */
    @Test
    void theListShowsEveryChangeAtOnceAndADraftOnlyToItsOrganisation() {
        String list = "/api/events?period=2026-H1&kind=PLAN&organization=smolensk&size=500&sort=-updated";
        SMOLENSK.get(list);
        HttpResponse<String> created = send(SMOLENSK, "POST", "/api/events",
                entry(smolensksDraftPlan()).build().toString(), null);
        assertEquals(201, created.statusCode(), created.body());
        long id = RegistryClient.json(created).asJsonObject().getJsonNumber("id").longValue();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        try {
            assertEquals("2026-05-25", listed(SMOLENSK, list, id).getJsonObject("dates").getString("end"));
            assertEquals(null, listed(RegistryClient.as("shumyachi"), list, id),
                    "another organisation's operator must not get the draft from a kept page");
            HttpResponse<String> updated = send(SMOLENSK, "PUT", "/api/events/" + id,
                    entry(0).add("dates", "июнь 2026 года").build().toString(), etag);
            assertEquals(200, updated.statusCode(), updated.body());
            etag = updated.headers().firstValue("ETag").orElseThrow();
            assertEquals("2026-06-30", listed(SMOLENSK, list, id).getJsonObject("dates").getString("end"));
        } finally {
            assertEquals(204, send(SMOLENSK, "DELETE", "/api/events/" + id, null, etag).statusCode());
        }
        assertEquals(null, listed(SMOLENSK, list, id));
    }

    /** The event with this id on the listed page, or null. */
    private static JsonObject listed(RegistryClient client, String list, long id) {
        HttpResponse<String> page = client.get(list);
        assertEquals(200, page.statusCode(), page.body());
        return RegistryClient.json(page).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getJsonNumber("id").longValue() == id).findFirst().orElse(null);
    }

    @Test
    void missingOfficialFieldsAreNamed() {
        HttpResponse<String> response = send(SMOLENSK, "POST", "/api/events",
                entry(smolensksDraftPlan()).add("place", " ").build().toString(), null);
        assertEquals(422, response.statusCode(), response.body());
        JsonObject problem = RegistryClient.json(response).asJsonObject();
        assertTrue(problem.getString("detail").contains("Место проведения"), problem.getString("detail"));

        JsonObject constraints = Api.post("smolensk", "/api/events", null, entry(smolensksDraftPlan())
                .add("name", "").add("goal", "ц".repeat(20_001)).build().toString()).problem(422, "validation");
        assertEquals("[{\"field\":\"goal\",\"message\":\"Поле «Цель проведения мероприятия» длиннее 20000 символов\"},"
                + "{\"field\":\"name\",\"message\":\"Не заполнено поле «Наименование мероприятия»\"}]",
                constraints.getJsonArray("errors").toString(), "every broken constraint of the body, in Russian");
    }

    @Test
    void approvedReportsCannotBeChanged() {
        JsonObject page = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/events?period=2025-Q4&kind=REPORT&organization=smolensk&size=1")).asJsonObject();
        long submissionId = page.getJsonArray("items").getJsonObject(0).getJsonNumber("submissionId").longValue();
        HttpResponse<String> response = send(SMOLENSK, "POST", "/api/events",
                entry(submissionId).add("outcome", "Итоги").build().toString(), null);
        assertEquals(409, response.statusCode(), response.body());
    }

    @Test
    void anotherOrganisationsDraftIsInvisible() {
        HttpResponse<String> response = send(RegistryClient.as("shumyachi"), "POST", "/api/events",
                entry(smolensksDraftPlan()).build().toString(), null);
        assertEquals(404, response.statusCode(), response.body());
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> response = send(SMOLENSK, "POST", "/api/events", "{\"submissionId\": ", null);
        assertEquals(400, response.statusCode(), response.body());
    }

    @Test
    void theTextSearchFindsWordFormsRanksThemAndReturnsTheMatchedWords() {
        RegistryClient coordinator = RegistryClient.as("coordinator");
        JsonObject byForm = RegistryClient.json(coordinator.get("/api/events?q="
                + java.net.URLEncoder.encode("фестиваля", java.nio.charset.StandardCharsets.UTF_8)
                + "&sort=relevance&size=500")).asJsonObject();
        assertTrue(byForm.getInt("total") > 0, byForm.toString());
        JsonObject first = byForm.getJsonArray("items").getJsonObject(0);
        String name = first.getString("name");
        var spans = byForm.getJsonObject("highlights").getJsonObject(String.valueOf(first.getJsonNumber("id")))
                .getJsonArray("name");
        String marked = name.substring(spans.getJsonArray(0).getInt(0), spans.getJsonArray(0).getInt(1));
        assertTrue(marked.toLowerCase(java.util.Locale.ROOT).startsWith("фестивал"), name + ": " + marked);
        JsonObject byOtherForm = RegistryClient.json(coordinator.get("/api/events?q="
                + java.net.URLEncoder.encode("Фестиваль", java.nio.charset.StandardCharsets.UTF_8) + "&size=1"))
                .asJsonObject();
        assertEquals(byForm.getInt("total"), byOtherForm.getInt("total"), "every form finds the same entries");
        JsonObject none = RegistryClient.json(coordinator.get("/api/events?size=1")).asJsonObject();
        assertTrue(none.isNull("highlights"), "no highlights without a text");
    }
}
