package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ru.smolensk.registry.it.Api.Answer;

/**
 * The reporting cycle over HTTP: an approved plan reopened with a reason and approved again, the fulfilment of its
 * half-year (held with changes, not held with a reason, no information, unplanned) in JSON and Excel and the same
 * numbers in the statistics, and event series across years with the fixtures' «Маленькие шедевры» and «Эврика».
 * Everything happens in 2037 for the city of Smolensk, which no other test uses.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportingCycleIT {

    private static final String CONTEST = "XXXII открытый театральный конкурс «Маленькие шедевры»";
    private static final String EUREKA = "XXX открытая научно-практическая конференция научного общества учащихся"
            + " «Эврика»";
    private static long plan;
    private static long contest;
    private static long fair;
    private static long festival;
    private static long report;
    private static long contestHeld;

    @BeforeAll
    static void awaitTheApplication() throws InterruptedException {
        Api.awaitTheApplication();
    }

    private static HttpResponse<String> send(String account, String method, String path, String ifMatch,
            String json) {
        RegistryClient client = RegistryClient.as(account);
        HttpRequest.Builder request = client.request(path).header("Content-Type", "application/json")
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return client.send(request.build());
    }

    private static long entry(String account, long submission, String name, String dates) {
        HttpResponse<String> created = send(account, "POST", "/api/events", null, Json.createObjectBuilder()
                .add("submissionId", submission).add("name", name).add("place", "г. Смоленск").add("dates", dates)
                .add("description", "Международное мероприятие").add("goal", "Развитие связей")
                .add("outcome", "Проведено").add("participants", "100 человек").build().toString());
        assertEquals(201, created.statusCode(), created.body());
        return RegistryClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    }

    private static String etag(String account, String path) {
        return RegistryClient.as(account).get(path).headers().firstValue("ETag").orElseThrow();
    }

    private static void submitAndApprove(long id) {
        String path = "/api/submissions/" + id;
        assertEquals(200, Api.post("smolensk", path + "/submit", etag("smolensk", path), "{}")
                .status());
        assertEquals(200, Api.post("coordinator", path + "/approve", etag("coordinator", path), "{}")
                .status());
    }

    @Test
    @Order(1)
    void theCoordinatorReopensAnApprovedPlanWithAReasonAndItIsApprovedAgain() {
        plan = Api.createDraft("smolensk", "smolensk", "2037-H1", "PLAN").getJsonNumber("id")
                .longValue();
        contest = entry("smolensk", plan, CONTEST, "март 2037 года");
        fair = entry("smolensk", plan, "Ярмарка народных ремесел", "май 2037 года");
        festival = entry("smolensk", plan, "Фестиваль «Славянский венок»", "июнь 2037 года");
        entry("smolensk", plan, EUREKA, "апрель 2037 года");
        String path = "/api/submissions/" + plan;
        assertEquals(200, Api.post("smolensk", path + "/submit", etag("smolensk", path), "{}")
                .status());
        Api.post("coordinator", path + "/reopen", etag("coordinator", path),
                "{\"reason\":\"Уточнить даты\"}").problem(409, "workflow-conflict");
        assertEquals(200, Api.post("coordinator", path + "/approve", etag("coordinator", path), "{}")
                .status());

        String version = etag("coordinator", path);
        Api.post("smolensk", path + "/reopen", version, "{\"reason\":\"x\"}").problem(403,
                "access-denied");
        JsonObject noReason = Api.post("coordinator", path + "/reopen", version, "{}")
                .problem(422, "validation");
        assertTrue(noReason.getString("detail").contains("причину"), noReason.getString("detail"));
        Api.post("coordinator", path + "/reopen", null, "{\"reason\":\"x\"}").problem(428,
                "precondition-required");
        Answer reopened = Api.post("coordinator", path + "/reopen", version,
                "{\"reason\":\"Уточнить даты ярмарки\"}");
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals("RETURNED", reopened.json().getString("status"));

        JsonArray history = RegistryClient.json(RegistryClient.as("smolensk").get(path + "/history")).asJsonArray();
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("APPROVED", last.getString("from"));
        assertEquals("Открыт для изменений: Уточнить даты ярмарки", last.getString("comment"));
        JsonObject audit = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/audit?entity=Submission&entityId=" + plan)).asJsonObject();
        assertTrue(audit.toString().contains("REOPEN"), audit.toString());

        submitAndApprove(plan);
        JsonArray outbox = RegistryClient.json(RegistryClient.as("admin").get("/api/exchange/outbox"))
                .asJsonArray();
        assertEquals(2, outbox.getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("submissionId").longValue() == plan).count(),
                "the approved records are sent to the partner again after the new approval");
    }

    @Test
    @Order(2)
    void fulfilmentShowsOutcomesWithReasonsAndAgreesWithTheStatistics() {
        report = Api.createDraft("smolensk", "smolensk", "2037-Q1", "REPORT").getJsonNumber("id")
                .longValue();
        contestHeld = entry("smolensk", report, "Проведение XXXII открытого театрального конкурса \"Маленькие"
                + " шедевры\"", "15 апреля 2037 года");
        entry("smolensk", report, "Визит делегации г. Витебска", "20 февраля 2037 года");
        HttpResponse<String> linked = send("smolensk", "PUT", "/api/events/" + contestHeld + "/plan-link",
                etag("smolensk", "/api/events/" + contestHeld), "{\"planEntryId\":" + contest + "}");
        assertEquals(200, linked.statusCode(), linked.body());

        String outcomes = "/api/fulfilment/plan-entries/";
        assertEquals(422, send("smolensk", "PUT", outcomes + fair, null, "{\"outcome\":\"NOT_HELD\"}").statusCode(),
                "a reason is needed");
        assertEquals(422, send("smolensk", "PUT", outcomes + fair, null, "{\"outcome\":\"HELD\"}").statusCode(),
                "held needs a report entry");
        assertEquals(422, send("smolensk", "PUT", outcomes + contest, null,
                "{\"outcome\":\"NOT_HELD\",\"comment\":\"x\"}").statusCode(), "a linked entry was held");
        assertEquals(404, send("shumyachi", "PUT", outcomes + fair, null,
                "{\"outcome\":\"NOT_HELD\",\"comment\":\"x\"}").statusCode(), "not their organisation");
        HttpResponse<String> changed = send("smolensk", "PUT", outcomes + contest, null,
                "{\"outcome\":\"HELD_WITH_CHANGES\",\"comment\":\"Перенесен с марта на апрель\"}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(200, send("smolensk", "PUT", outcomes + fair, null,
                "{\"outcome\":\"NOT_HELD\",\"comment\":\"Отменена организаторами\"}").statusCode());

        JsonObject own = RegistryClient.json(RegistryClient.as("smolensk")
                .get("/api/fulfilment?period=2037-H1&organization=smolensk&includeDrafts=true")).asJsonObject();
        JsonObject smolensk = own.getJsonArray("organizations").getJsonObject(0);
        assertEquals(List.of(4, 0, 1, 1, 2, 1), List.of(smolensk.getInt("planned"), smolensk.getInt("held"),
                smolensk.getInt("heldWithChanges"), smolensk.getInt("notHeld"), smolensk.getInt("noInformation"),
                smolensk.getInt("unplannedHeld")), smolensk.toString());
        JsonObject fairItem = smolensk.getJsonArray("plannedItems").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonObject("planEntry").getJsonNumber("id").longValue() == fair).findFirst()
                .orElseThrow();
        assertEquals("Не проведено", fairItem.getString("outcomeLabel"));
        assertEquals("Отменена организаторами", fairItem.getString("comment"));
        assertEquals("Визит делегации г. Витебска", smolensk.getJsonArray("unplanned").getJsonObject(0)
                .getString("name"));
        assertEquals(403, RegistryClient.as("shumyachi")
                .get("/api/fulfilment?period=2037-H1&organization=smolensk&includeDrafts=true").statusCode());
        assertEquals(422, RegistryClient.as("coordinator").get("/api/fulfilment?period=2037-Q1").statusCode());

        submitAndApprove(report);
        JsonObject approved = RegistryClient.json(RegistryClient.as("shumyachi")
                .get("/api/fulfilment?period=2037-H1&organization=smolensk")).asJsonObject();
        assertEquals(1, approved.getJsonObject("totals").getInt("heldWithChanges"), approved.toString());
        JsonObject statistics = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/statistics?from=2037-H1&to=2037-H1")).asJsonObject();
        JsonObject row = statistics.getJsonArray("fulfilment").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("code").equals("smolensk")).findFirst().orElseThrow();
        assertEquals(List.of(4, 1, 1, 1), List.of(row.getInt("planned"), row.getInt("plannedHeld"),
                row.getInt("plannedHeldWithChanges"), row.getInt("plannedNotHeld")), row.toString());
    }

    @Test
    @Order(3)
    void theFulfilmentSheetDownloadsAsExcel() throws Exception {
        RegistryClient coordinator = RegistryClient.as("coordinator");
        HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(coordinator
                        .request("/api/fulfilment/2037-H1.xlsx?organization=smolensk").header("Accept", "*/*").GET()
                        .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Выполнение плана", workbook.getSheetAt(0).getSheetName());
            assertEquals("город Смоленск", workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue());
            assertEquals("Не проведено", workbook.getSheet("Мероприятия плана").getRow(3).getCell(4)
                    .getStringCellValue());
        }
    }

    @Test
    @Order(4)
    void recurringEventsFormSeriesAcrossYearsThatTheCoordinatorEdits() {
        assertEquals(403, send("smolensk", "POST", "/api/series/propose", null, null).statusCode());
        assertEquals(200, send("coordinator", "POST", "/api/series/propose", null, null).statusCode());
        long contestSeries = seriesOf("шедевры", "2026-H1", contest);
        JsonObject history = RegistryClient.json(RegistryClient.as("coordinator").get("/api/series/" + contestSeries))
                .asJsonObject();
        List<JsonObject> entries = history.getJsonArray("entries").getValuesAs(JsonObject.class);
        assertTrue(entries.stream().anyMatch(e -> e.getJsonNumber("entryId").longValue() == contestHeld),
                "the report entry of the same edition joins too");
        assertEquals(32, entries.stream().filter(e -> e.getJsonNumber("entryId").longValue() == contest).findFirst()
                .orElseThrow().getInt("edition"));
        seriesOf("Эврика", "2026-H1", -1);

        String path = "/api/series/" + contestSeries;
        String version = etag("coordinator", path);
        assertEquals(403, send("smolensk", "PUT", path, version, "{\"name\":\"x\"}").statusCode());
        assertEquals(428, send("coordinator", "PUT", path, null, "{\"name\":\"x\"}").statusCode());
        HttpResponse<String> renamed = send("coordinator", "PUT", path, version,
                "{\"name\":\"Театральный конкурс «Маленькие шедевры» (открытый)\"}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(412, send("coordinator", "PUT", path, version, "{\"name\":\"x\"}").statusCode());

        HttpResponse<String> split = send("coordinator", "POST", path + "/split", etag("coordinator", path),
                "{\"entryIds\":[" + contest + "," + contestHeld + "],\"name\":\"Конкурс 2037 года\"}");
        assertEquals(201, split.statusCode(), split.body());
        long newSeries = RegistryClient.json(split).asJsonObject().getJsonNumber("id").longValue();
        assertEquals(2, RegistryClient.json(split).asJsonObject().getJsonArray("entries").size());
        HttpResponse<String> merged = send("coordinator", "POST", path + "/merge", etag("coordinator", path),
                "{\"series\":[" + newSeries + "]}");
        assertEquals(200, merged.statusCode(), merged.body());
        assertEquals(404, RegistryClient.as("coordinator").get("/api/series/" + newSeries).statusCode());
        assertTrue(merged.body().contains("\"entryId\":" + contestHeld), merged.body());

        assertEquals(204, send("coordinator", "DELETE", path + "/entries/" + contestHeld, null, null).statusCode());
        send("coordinator", "POST", "/api/series/propose", null, null);
        assertFalse(RegistryClient.as("coordinator").get(path).body().contains("\"entryId\":" + contestHeld),
                "a detached entry is not proposed again");
        assertEquals(200, send("coordinator", "PUT", path + "/entries/" + contestHeld, null, null).statusCode());
        assertTrue(RegistryClient.as("coordinator").get(path).body().contains("\"entryId\":" + contestHeld));
        JsonObject audit = RegistryClient.json(RegistryClient.as("coordinator")
                .get("/api/audit?entity=EventSeries&entityId=" + contestSeries)).asJsonObject();
        assertTrue(audit.toString().contains("переименована"), audit.toString());
    }

    @Test
    @Order(5)
    void theFulfilmentAndSeriesScreensRender() throws Exception {
        for (String account : List.of("coordinator", "smolensk")) {
            for (String page : List.of("/app/fulfilment.xhtml", "/app/series.xhtml")) {
                HttpResponse<String> html = java.net.http.HttpClient.newBuilder()
                        .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(RegistryClient.as(account)
                                .request(page).header("Accept", "text/html").GET().build(),
                                HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
                assertEquals(200, html.statusCode(), account + " " + page + ": " + html.body());
                assertTrue(html.body().contains(page.contains("series") ? "Серии мероприятий" : "Выполнение планов"),
                        html.body());
                assertFalse(html.body().contains("???"), "no missing message keys: " + html.body());
            }
        }
    }

    /** The series found by a part of its name that holds entries of the given period (and entry, if not -1). */
    private static long seriesOf(String text, String period, long entryId) {
        JsonArray found = RegistryClient.json(RegistryClient.as("coordinator").get("/api/series?q="
                + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))).asJsonArray();
        for (JsonObject s : found.getValuesAs(JsonObject.class)) {
            long id = s.getJsonNumber("id").longValue();
            String history = RegistryClient.as("coordinator").get("/api/series/" + id).body();
            if (history.contains("\"period\":\"" + period + "\"") && history.contains("\"period\":\"2037-H1\"")
                    && (entryId < 0 || history.contains("\"entryId\":" + entryId))) {
                return id;
            }
        }
        throw new AssertionError("No series «" + text + "» with entries of " + period + " and 2037: " + found);
    }
}
