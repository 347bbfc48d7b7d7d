package ru.smolensk.registry.web.rest.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.smolensk.registry.web.rest.submission.WorkflowApi.json;
import static ru.smolensk.registry.web.rest.submission.WorkflowApi.object;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;

/** The workflow API in process: status codes, JSON shapes and problem details. */
class SubmissionResourceTest {

    private final WorkflowApi api = new WorkflowApi();

    @BeforeEach
    void start() throws Exception {
        api.start();
    }

    @AfterEach
    void stop() throws Exception {
        api.stop();
    }

    private static JsonObject problem(Response response, int status, String code) {
        assertEquals(status, response.getStatus());
        assertTrue(response.getMediaType().toString().startsWith("application/problem+json"),
                response.getMediaType().toString());
        JsonObject problem = object(response);
        assertEquals(code, problem.getString("code"), problem.toString());
        assertEquals(status, problem.getInt("status"));
        assertEquals("urn:registry:problem:" + code, problem.getString("type"));
        return problem;
    }

    private static String fieldOf(JsonObject problem) {
        return problem.getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void anOperatorCreatesADraftOfTheirOwnOrganisation() {
        Response response = api.as("smolensk").post("submissions", "{\"period\":\"2030-H1\",\"kind\":\"PLAN\"}");

        assertEquals(201, response.getStatus());
        assertEquals("\"1\"", response.getHeaderString("ETag"));
        assertTrue(response.getLocation().toString().endsWith("/submissions/1"), response.getLocation().toString());
        JsonObject draft = object(response);
        assertEquals(1, draft.getInt("id"));
        assertEquals("smolensk", draft.getJsonObject("organization").getString("code"));
        assertEquals("город Смоленск", draft.getJsonObject("organization").getString("name"));
        assertEquals("2030-H1", draft.getString("period"));
        assertEquals("I полугодие 2030 года", draft.getString("periodLabel"));
        assertEquals("PLAN", draft.getString("kind"));
        assertEquals("План", draft.getString("kindLabel"));
        assertEquals("MUNICIPAL", draft.getString("level"));
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("Черновик", draft.getString("statusLabel"));
        assertEquals("smolensk", draft.getString("createdBy"));
        assertEquals(JsonValue.NULL, draft.get("submittedAt"));
        assertEquals(1, draft.getInt("version"));

        AuditRecord created = api.audit.records.get(0);
        assertEquals(AuditAction.CREATE, created.action());
        assertEquals("Submission", created.entityType());
        assertEquals("1", created.entityId());
        assertEquals("smolensk", created.username());
        assertTrue(created.afterState().contains("\"status\":\"DRAFT\""), created.afterState());
    }

    @Test
    void aSecondDraftForTheSamePeriodAndKindIsAConflict() {
        api.as("smolensk").createDraft("smolensk", "2030-Q3", "REPORT");
        JsonObject problem = problem(api.post("submissions",
                "{\"organization\":\"smolensk\",\"period\":\"2030-Q3\",\"kind\":\"REPORT\"}"), 409, "conflict");
        assertEquals("Отчет организации «город Смоленск» за III квартал 2030 года уже создан",
                problem.getString("detail"), "the period in words, no id");
        assertEquals("conflict", problem.getString("code"), "the machine code stays");
        assertEquals("Конфликт состояния", problem.getString("title"));
        assertEquals(1, api.audit.records.size());
    }

    @Test
    void anOperatorMayNotCreateForAnotherOrganisationButTheCoordinatorMay() {
        JsonObject problem = problem(api.as("smolensk").post("submissions",
                "{\"organization\":\"shumyachsky\",\"period\":\"2030-H1\",\"kind\":\"PLAN\"}"), 403, "access-denied");
        assertTrue(problem.getString("detail").contains("только своей организации"), problem.getString("detail"));
        assertEquals(201, api.as("coordinator").post("submissions",
                "{\"organization\":\"shumyachsky\",\"period\":\"2030-H1\",\"kind\":\"PLAN\"}").getStatus());
        problem(api.as("admin").post("submissions",
                "{\"organization\":\"shumyachsky\",\"period\":\"2030-H2\",\"kind\":\"PLAN\"}"), 403, "access-denied");
    }

    @Test
    void invalidFieldsOfANewDraftAreReportedByField() {
        api.as("smolensk");
        assertEquals("period", fieldOf(problem(api.post("submissions", "{\"kind\":\"PLAN\"}"), 422, "validation")));
        assertEquals("kind", fieldOf(problem(api.post("submissions", "{\"period\":\"2030-H1\"}"), 422, "validation")));
        assertEquals("kind", fieldOf(problem(api.post("submissions", "{\"period\":\"2030-H1\",\"kind\":\"MEMO\"}"),
                422, "validation")));
        JsonObject mismatch = problem(api.post("submissions", "{\"period\":\"2030-H1\",\"kind\":\"REPORT\"}"), 422,
                "validation");
        assertEquals("period", fieldOf(mismatch));
        assertTrue(mismatch.getString("detail").startsWith("Отчет составляется за квартал"),
                mismatch.getString("detail"));
        assertEquals("period", fieldOf(problem(api.post("submissions", "{\"period\":\"2030-X9\",\"kind\":\"PLAN\"}"),
                422, "validation")));
        assertEquals("organization", fieldOf(problem(api.as("coordinator").post("submissions",
                "{\"organization\":\"atlantis\",\"period\":\"2030-H1\",\"kind\":\"PLAN\"}"), 422, "validation")));
        assertTrue(api.submissions.search(SubmissionQuery.all()).isEmpty());
    }

    @Test
    void aMalformedJsonBodyIsABadRequest() {
        JsonObject problem = problem(api.as("smolensk").post("submissions", "{\"period\": \"2030-H1\","), 400,
                "malformed-json");
        assertTrue(problem.getString("detail").contains("JSON"), problem.getString("detail"));
    }

    @Test
    void theWholeWorkflowWithAReturnAndACorrection() {
        long id = api.as("shumyachi").createDraft("shumyachsky", "2031-Q1", "REPORT");
        String path = "submissions/" + id;

        Response submitted = api.post(path + "/submit", "\"1\"", "{}");
        assertEquals(200, submitted.getStatus());
        assertEquals("\"2\"", submitted.getHeaderString("ETag"));
        JsonObject view = object(submitted);
        assertEquals("SUBMITTED", view.getString("status"));
        assertEquals("На рассмотрении", view.getString("statusLabel"));
        assertEquals("shumyachi", view.getString("submittedBy"));

        JsonObject noReason = problem(api.as("coordinator").post(path + "/return", "\"2\"", "{}"), 422,
                "validation");
        assertEquals("reason", fieldOf(noReason));
        assertEquals("Укажите причину возврата на доработку", noReason.getString("detail"));
        assertEquals("reason", fieldOf(problem(api.post(path + "/return", "\"2\"", "{\"reason\":\"   \"}"), 422,
                "validation")));

        Response returned = api.post(path + "/return", "\"2\"", "{\"reason\":\"Не указаны даты мероприятий\"}");
        assertEquals(200, returned.getStatus());
        assertEquals("\"3\"", returned.getHeaderString("ETag"));
        view = object(returned);
        assertEquals("RETURNED", view.getString("status"));
        assertEquals("Возвращен на доработку", view.getString("statusLabel"));
        assertEquals("Не указаны даты мероприятий", view.getString("returnReason"));

        assertEquals(200, api.as("shumyachi").post(path + "/submit", "\"3\"", "{}").getStatus());
        Response approved = api.as("coordinator").post(path + "/approve", "\"4\"", "{\"comment\":\"Принято\"}");
        assertEquals(200, approved.getStatus());
        assertEquals("\"5\"", approved.getHeaderString("ETag"));
        assertEquals("Утвержден", object(approved).getString("statusLabel"));
        assertEquals(JsonValue.NULL, object(api.get(path)).get("returnReason"));

        JsonArray history = (JsonArray) json(api.as("shumyachi").get(path + "/history"));
        assertEquals(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED"),
                history.getValuesAs(JsonObject.class).stream().map(t -> t.getString("to")).toList());
        JsonObject creation = history.getJsonObject(0);
        assertEquals(JsonValue.NULL, creation.get("from"));
        assertEquals("Черновик", creation.getString("toLabel"));
        JsonObject returnStep = history.getJsonObject(2);
        assertEquals("На рассмотрении", returnStep.getString("fromLabel"));
        assertEquals("coordinator", returnStep.getString("actor"));
        assertEquals("Не указаны даты мероприятий", returnStep.getString("comment"));
        assertEquals("Принято", history.getJsonObject(4).getString("comment"));

        assertEquals(List.of(AuditAction.CREATE, AuditAction.SUBMIT, AuditAction.RETURN, AuditAction.SUBMIT,
                AuditAction.APPROVE), api.audit.records.stream().map(AuditRecord::action).toList());
        AuditRecord approval = api.audit.records.get(4);
        assertEquals("coordinator", approval.username());
        assertTrue(approval.beforeState().contains("\"status\":\"SUBMITTED\""), approval.beforeState());
        assertTrue(approval.afterState().contains("\"status\":\"APPROVED\""), approval.afterState());
        assertTrue(approval.afterState().contains("\"comment\":\"Принято\""), approval.afterState());
        assertEquals("Отчет за I квартал 2031 года — Шумячский муниципальный округ: утвержден",
                approval.summary(), "names, not codes or ids");
    }

    @Test
    void theCoordinatorReopensAnApprovedSubmissionWithAReason() {
        long id = api.as("smolensk").createDraft("smolensk", "2031-Q2", "REPORT");
        String path = "submissions/" + id;
        api.post(path + "/submit", "\"1\"", "{}");
        problem(api.as("coordinator").post(path + "/reopen", "\"2\"", "{\"reason\":\"Ошибка в датах\"}"), 409,
                "workflow-conflict");
        assertEquals(200, api.post(path + "/approve", "\"2\"", "{}").getStatus());
        problem(api.post(path + "/return", "\"3\"", "{\"reason\":\"x\"}"), 409, "workflow-conflict");

        problem(api.as("smolensk").post(path + "/reopen", "\"3\"", "{\"reason\":\"x\"}"), 403, "access-denied");
        JsonObject noReason = problem(api.as("coordinator").post(path + "/reopen", "\"3\"", "{}"), 422,
                "validation");
        assertEquals("reason", fieldOf(noReason));
        problem(api.post(path + "/reopen", null, "{\"reason\":\"x\"}"), 428, "precondition-required");

        Response reopened = api.post(path + "/reopen", "\"3\"", "{\"reason\":\"Ошибка в датах\"}");
        assertEquals(200, reopened.getStatus());
        assertEquals("\"4\"", reopened.getHeaderString("ETag"));
        JsonObject reopenedView = object(reopened);
        assertEquals("RETURNED", reopenedView.getString("status"));
        assertEquals("Открыт для изменений: Ошибка в датах", reopenedView.getString("returnReason"));
        JsonArray history = (JsonArray) json(api.as("smolensk").get(path + "/history"));
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertEquals("APPROVED", last.getString("from"));
        assertEquals("RETURNED", last.getString("to"));
        assertEquals("Открыт для изменений: Ошибка в датах", last.getString("comment"));
        AuditRecord audit = api.audit.records.get(api.audit.records.size() - 1);
        assertEquals(AuditAction.REOPEN, audit.action());
        assertTrue(audit.summary().endsWith("открыт для изменений: Ошибка в датах"), audit.summary());
        assertEquals(200, api.as("smolensk").post(path + "/submit", "\"4\"", "{}").getStatus());
    }

    @Test
    void aTransitionWithoutIfMatchIsRefusedWithPreconditionRequired() {
        long id = api.as("smolensk").createDraft("smolensk", "2030-H1", "PLAN");
        JsonObject problem = problem(api.post("submissions/" + id + "/submit", null, "{}"), 428,
                "precondition-required");
        assertTrue(problem.getString("detail").contains("If-Match"), problem.getString("detail"));
        assertEquals("Требуется версия объекта", problem.getString("title"));
        problem(api.post("submissions/" + id + "/submit", "*", "{}"), 428, "precondition-required");
        assertEquals("DRAFT", api.submissions.findById(id).orElseThrow().status().name());
    }

    @Test
    void aTransitionOnAStaleVersionIsRefusedWithPreconditionFailed() {
        long id = api.as("smolensk").createDraft("smolensk", "2030-H1", "PLAN");
        JsonObject problem = problem(api.post("submissions/" + id + "/submit", "\"7\"", "{}"), 412, "stale-version");
        assertTrue(problem.getString("detail").contains("текущая версия 1"), problem.getString("detail"));
        assertEquals("Версия устарела", problem.getString("title"));
        problem(api.post("submissions/" + id + "/submit", "W/\"1\"", "{}"), 412, "stale-version");
        problem(api.post("submissions/" + id + "/submit", "\"abc\"", "{}"), 412, "stale-version");
        assertEquals(200, api.post("submissions/" + id + "/submit", "1", "{}").getStatus());
        problem(api.as("coordinator").post("submissions/" + id + "/approve", "\"1\"", "{}"), 412, "stale-version");
        assertEquals(2, api.audit.records.size());
    }

    @Test
    void aTransitionNotAllowedInTheCurrentStatusIsAConflict() {
        long id = api.as("coordinator").createDraft("min_culture", "2030-H2", "PLAN");
        JsonObject problem = problem(api.post("submissions/" + id + "/approve", "\"1\"", "{}"), 409,
                "workflow-conflict");
        assertTrue(problem.getString("detail").contains("«черновик»"), problem.getString("detail"));
    }

    @Test
    void onlyTheCoordinatorApprovesAndReturns() {
        long id = api.as("smolensk").createDraft("smolensk", "2030-H1", "PLAN");
        api.post("submissions/" + id + "/submit", "\"1\"", "{}");
        for (String account : List.of("smolensk", "admin", "federal")) {
            problem(api.as(account).post("submissions/" + id + "/approve", "\"2\"", "{}"), 403, "access-denied");
            problem(api.as(account).post("submissions/" + id + "/return", "\"2\"", "{\"reason\":\"x\"}"), 403,
                    "access-denied");
        }
        assertEquals("SUBMITTED", api.submissions.findById(id).orElseThrow().status().name());
    }

    @Test
    void anotherOrganisationsSubmissionIsNotFoundForAnOperator() {
        long id = api.as("smolensk").createDraft("smolensk", "2030-H1", "PLAN");
        api.as("shumyachi");
        JsonObject problem = problem(api.get("submissions/" + id), 404, "not-found");
        assertEquals("План или отчет № " + id + " не найден", problem.getString("detail"),
                "the document named as for an id that does not exist");
        problem(api.get("submissions/" + id + "/history"), 404, "not-found");
        problem(api.post("submissions/" + id + "/submit", "\"1\"", "{}"), 404, "not-found");
        problem(api.get("submissions/999"), 404, "not-found");
        assertEquals(200, api.as("coordinator").get("submissions/" + id).getStatus());
        assertEquals(200, api.as("admin").get("submissions/" + id).getStatus());
    }

    @Test
    void partnerSystemsSeeNoSubmissions() {
        long id = api.as("smolensk").createDraft("smolensk", "2030-H1", "PLAN");
        api.as("federal");
        problem(api.get("submissions"), 403, "access-denied");
        problem(api.get("submissions/" + id), 403, "access-denied");
        problem(api.post("submissions", "{\"organization\":\"smolensk\",\"period\":\"2030-H2\",\"kind\":\"PLAN\"}"),
                403, "access-denied");
    }

    @Test
    void theListIsScopedToTheOperatorsOrganisationAndFiltered() {
        api.as("smolensk").createDraft("smolensk", "2030-H1", "PLAN");
        api.createDraft("smolensk", "2030-Q3", "REPORT");
        api.as("culture").createDraft("min_culture", "2030-H1", "PLAN");

        JsonObject own = object(api.as("smolensk").get("submissions"));
        assertEquals(2, own.getInt("total"));
        assertTrue(own.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(s -> s.getJsonObject("organization").getString("code").equals("smolensk")));
        assertEquals(0, object(api.get("submissions?organization=min_culture")).getInt("total"));
        assertEquals(1, object(api.get("submissions?kind=report&period=2030-Q3")).getInt("total"));

        JsonObject all = object(api.as("coordinator").get("submissions"));
        assertEquals(3, all.getInt("total"));
        assertEquals(3, all.getJsonArray("items").size());
        JsonObject regional = object(api.get("submissions?level=REGIONAL&status=DRAFT"));
        assertEquals(1, regional.getInt("total"));
        assertEquals("Региональный", regional.getJsonArray("items").getJsonObject(0).getString("levelLabel"));
        assertEquals(0, object(api.get("submissions?status=APPROVED")).getInt("total"));
    }

    @Test
    void theListIsPagedLikeTheEventsListAndWithoutASizeIsWhole() {
        api.as("coordinator");
        for (String period : List.of("2030-H1", "2030-H2", "2031-H1")) {
            api.createDraft("smolensk", period, "PLAN");
        }
        api.createDraft("min_culture", "2030-H1", "PLAN");
        List<Long> whole = ids(object(api.get("submissions")));

        JsonObject first = object(api.get("submissions?size=3"));
        assertEquals(4, first.getInt("total"));
        assertEquals(0, first.getInt("page"));
        assertEquals(3, first.getInt("size"));
        assertEquals(whole.subList(0, 3), ids(first));
        assertTrue(first.getString("next").endsWith("submissions?size=3&page=1"), first.getString("next"));
        assertTrue(first.isNull("prev"));
        Response second = api.get("submissions?size=3&page=1");
        assertTrue(second.getLink("prev") != null, "Link header as in the events list");
        JsonObject last = object(second);
        assertEquals(whole.subList(3, 4), ids(last));
        assertTrue(last.isNull("next"));
        assertTrue(last.getString("prev").contains("page=0"), last.getString("prev"));
        assertEquals(List.of(), ids(object(api.get("submissions?size=3&page=5"))), "beyond the end: no items");

        JsonObject unpaged = object(api.get("submissions"));
        assertEquals(4, whole.size(), "without size every submission, as existing clients expect");
        assertEquals(0, unpaged.getInt("page"));
        assertEquals(4, unpaged.getInt("size"));
        assertTrue(unpaged.isNull("next"));
        for (String wrong : List.of("size=0", "size=501", "page=-1")) {
            JsonObject problem = problem(api.get("submissions?" + wrong), 400, "bad-request");
            assertEquals(wrong.substring(0, wrong.indexOf('=')), fieldOf(problem));
        }
    }

    private static List<Long> ids(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void malformedFiltersAreBadRequests() {
        api.as("coordinator");
        for (Map.Entry<String, String> filter : Map.of("status", "status=DONE", "kind", "kind=MEMO", "period",
                "period=2030-13", "level", "level=FEDERAL").entrySet()) {
            JsonObject problem = problem(api.get("submissions?" + filter.getValue()), 400, "bad-request");
            assertEquals(filter.getKey(), fieldOf(problem));
            assertFalse(problem.getString("detail").isBlank());
        }
    }

    @Test
    void aSingleSubmissionCarriesItsEntriesVerbatimAndItsVersion() {
        long id = api.as("smolensk").createDraft("smolensk", "2030-H1", "PLAN");
        Submission plan = api.submissions.findById(id).orElseThrow();
        OffsetDateTime now = OffsetDateTime.now();
        EventEntry entry = new EventEntry(plan, 1, "Город Смоленск", new OfficialColumns(
                "Участие в \nфестивале\u00a0«Славянский базар»", "г. Витебск\n(Республика Беларусь)", "июль 2030 года",
                "Описание", "Цель", null, "Творческие коллективы"), now);
        entry.normalize(new NormalizedValues(
                new DateRange(LocalDate.of(2030, 7, 1), LocalDate.of(2030, 7, 31), DatePrecision.MONTH,
                        DateClass.MONTH, null),
                EventFormat.IN_PERSON, EventRole.PARTICIPANT, null, List.of(), List.of(),
                Map.of()));
        api.events.save(entry);

        Response response = api.get("submissions/" + id);
        assertEquals(200, response.getStatus());
        assertEquals("\"1\"", response.getHeaderString("ETag"));
        JsonObject view = object(response);
        assertEquals(1, view.getInt("version"));
        JsonObject row = view.getJsonArray("entries").getJsonObject(0);
        assertEquals(1, row.getInt("ordinal"));
        assertEquals("Город Смоленск", row.getString("section"));
        assertEquals("Участие в \nфестивале\u00a0«Славянский базар»", row.getString("name"));
        assertEquals("г. Витебск\n(Республика Беларусь)", row.getString("place"));
        assertEquals(JsonValue.NULL, row.get("outcome"));
        JsonObject dates = row.getJsonObject("dates");
        assertEquals("июль 2030 года", dates.getString("text"));
        assertEquals("2030-07-01", dates.getString("start"));
        assertEquals("2030-07-31", dates.getString("end"));
        assertEquals("MONTH", dates.getString("precision"));
    }
}
