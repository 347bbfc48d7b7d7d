package ru.smolensk.registry.web.rest.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.web.rest.OfficeMediaTypes;
import ru.smolensk.registry.domain.application.fulfilment.Fulfilment;
import ru.smolensk.registry.domain.application.fulfilment.FulfilmentService;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.web.rest.JsonbConfiguration;
import ru.smolensk.registry.web.rest.problem.DomainExceptionMapper;

/** The fulfilment API in process: the JSON with labels and totals, the Excel download, parameter errors. */
class FulfilmentResourceTest {

    private final List<String> calls = new ArrayList<>();

    /** The service with canned answers; the rules themselves are tested against the database and over HTTP. */
    private final FulfilmentService service = new FulfilmentService() {
        @Override
        public Fulfilment fulfilment(ReportingPeriod halfYear, String organizationCode, boolean includeDrafts) {
            calls.add(halfYear + "|" + organizationCode + "|" + includeDrafts);
            if (halfYear.type() != ru.smolensk.registry.domain.model.period.PeriodType.HALF_YEAR) {
                throw new InvalidFieldException("period", "Выполнение плана считается за полугодие, например 2026-H1");
            }
            Fulfilment.Event planned = new Fulfilment.Event(1, 1, "2030-H1", "Фестиваль «Славянский венок»", "май",
                    LocalDate.of(2030, 5, 1), LocalDate.of(2030, 5, 31));
            Fulfilment.Event visit = new Fulfilment.Event(9, 3, "2030-Q2", "Визит делегации", "апрель", null, null);
            return new Fulfilment(halfYear, includeDrafts, List.of(new Fulfilment.OrganizationFulfilment("smolensk",
                    "город Смоленск", "APPROVED", 1, 0, 0, 1, 0, 1,
                    List.of(new Fulfilment.PlannedItem(planned, Outcome.NOT_HELD, "Отменен", "smolensk", List.of())),
                    List.of(visit))));
        }

        @Override
        public PlanOutcome record(long planEntryId, Outcome outcome, String comment) {
            calls.add("record " + planEntryId + " " + outcome + " " + comment);
            throw new InvalidFieldException("outcome", "Мероприятие не связано ни с одной записью отчета");
        }

        @Override
        public void clear(long planEntryId) {
            calls.add("clear " + planEntryId);
        }
    };

    private final JerseyTest jersey = new JerseyTest() {
        @Override
        protected Application configure() {
            return new ResourceConfig(FulfilmentResource.class, DomainExceptionMapper.class,
                    ru.smolensk.registry.web.rest.problem.InvalidFieldExceptionMapper.class,
                    JsonbConfiguration.class)
                    .register(new AbstractBinder() {
                        @Override
                        protected void configure() {
                            bind(service).to(FulfilmentService.class);
                        }
                    });
        }
    };

    @BeforeEach
    void start() throws Exception {
        jersey.setUp();
    }

    @AfterEach
    void stop() throws Exception {
        jersey.tearDown();
    }

    private static JsonObject object(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readObject();
        }
    }

    @Test
    void theFulfilmentOfAHalfYearWithLabelsAndTotals() {
        Response response = jersey.target("fulfilment").queryParam("period", "2030-H1")
                .queryParam("organization", " smolensk ").queryParam("includeDrafts", "true").request().get();
        assertEquals(200, response.getStatus());
        JsonObject body = object(response);
        assertEquals("2030-H1|smolensk|true", calls.get(0));
        assertEquals("2030-H1", body.getString("period"));
        assertEquals(1, body.getJsonObject("totals").getInt("notHeld"));
        JsonObject item = body.getJsonArray("organizations").getJsonObject(0).getJsonArray("plannedItems")
                .getJsonObject(0);
        assertEquals("NOT_HELD", item.getString("outcome"));
        assertEquals("Не проведено", item.getString("outcomeLabel"));
        assertEquals("Отменен", item.getString("comment"));
        assertEquals("2030-05-01", item.getJsonObject("planEntry").getString("start"));
    }

    @Test
    void malformedAndWrongPeriodsAreRefused() {
        assertEquals(400, jersey.target("fulfilment").queryParam("period", "2030-X9").request().get().getStatus());
        assertEquals(400, jersey.target("fulfilment").request().get().getStatus());
        Response quarter = jersey.target("fulfilment").queryParam("period", "2030-Q1").request().get();
        assertEquals(422, quarter.getStatus());
        assertTrue(object(quarter).getString("detail").contains("за полугодие"));
    }

    @Test
    void theExcelSheetDownloads() throws Exception {
        Response response = jersey.target("fulfilment/2030-H1.xlsx").request().get();
        assertEquals(200, response.getStatus());
        assertEquals(OfficeMediaTypes.XLSX, response.getMediaType().toString());
        assertTrue(response.getHeaderString("Content-Disposition").contains("fulfilment-2030-H1.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.readEntity(byte[].class)))) {
            assertEquals("Визит делегации", workbook.getSheet("Вне плана").getRow(2).getCell(2).getStringCellValue());
        }
    }

    @Test
    void outcomesAreParsedAndRuleViolationsAreProblems() {
        Response unknown = jersey.target("fulfilment/plan-entries/5").request()
                .put(Entity.json("{\"outcome\":\"MAYBE\"}"));
        assertEquals(400, unknown.getStatus());
        Response refused = jersey.target("fulfilment/plan-entries/5").request()
                .put(Entity.json("{\"outcome\":\"held\",\"comment\":\"ok\"}"));
        assertEquals(422, refused.getStatus());
        assertEquals("record 5 HELD ok", calls.get(calls.size() - 1));
        assertEquals("application/problem+json", refused.getMediaType().toString());
        assertEquals(400, jersey.target("fulfilment/plan-entries/5").request().put(Entity.json("null")).getStatus());
        assertEquals(204, jersey.target("fulfilment/plan-entries/5").request().delete().getStatus());
        assertEquals("clear 5", calls.get(calls.size() - 1));
    }
}
