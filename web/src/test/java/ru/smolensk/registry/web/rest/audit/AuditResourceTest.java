package ru.smolensk.registry.web.rest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;

import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.audit.AuditQueryService;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.web.rest.JsonbConfiguration;
import ru.smolensk.registry.web.rest.problem.DomainExceptionMapper;

/** The audit log API in process: who may read it, its filters and the JSON of a record. */
class AuditResourceTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2030, 1, 15, 9, 0, 0, 0, ZoneOffset.ofHours(3));

    private final List<AuditRecord> records = new ArrayList<>();
    private final List<String> searches = new ArrayList<>();
    private Role role = Role.COORDINATOR;

    private final AuditLog log = new AuditLog() {
        @Override
        public void append(AuditRecord record) {
            records.add(record);
        }

        @Override
        public List<AuditRecord> search(String entityType, String entityId, String username, OffsetDateTime from,
                OffsetDateTime to, int limit) {
            searches.add(entityType + "|" + entityId + "|" + username + "|" + from + "|" + to + "|" + limit);
            return records.stream().limit(limit).toList();
        }
    };

    private final CurrentUser user = new CurrentUser() {
        @Override
        public String username() {
            return role.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public boolean hasRole(Role r) {
            return r == role;
        }

        @Override
        public Optional<Organization> organization() {
            return Optional.empty();
        }
    };

    private final JerseyTest jersey = new JerseyTest() {
        @Override
        protected Application configure() {
            return new ResourceConfig(AuditResource.class, DomainExceptionMapper.class, JsonbConfiguration.class)
                    .register(new AbstractBinder() {
                        @Override
                        protected void configure() {
                            bind(new AuditQueryService(user, log)).to(AuditQueryService.class);
                        }
                    });
        }
    };

    @BeforeEach
    void start() throws Exception {
        jersey.setUp();
        records.add(withId(2, new AuditRecord(T0.plusMinutes(1), "coordinator", AuditAction.APPROVE, "Submission",
                "7", "План № 7: утвержден", "{\"status\":\"SUBMITTED\"}",
                "{\"status\":\"APPROVED\",\"comment\":null}")));
        records.add(withId(1, new AuditRecord(T0, "smolensk", AuditAction.IMPORT, "Submission", "7", "Импорт", null,
                "не JSON")));
    }

    private static AuditRecord withId(long id, AuditRecord record) {
        try {
            Field field = AuditRecord.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(record, id);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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
    void theCoordinatorReadsRecordsWithTheirStatesAsJson() {
        Response response = jersey.target("audit").request().get();
        assertEquals(200, response.getStatus());
        JsonObject list = object(response);
        assertEquals(100, list.getInt("limit"));
        assertFalse(list.getBoolean("more"));
        JsonObject approval = list.getJsonArray("items").getJsonObject(0);
        assertEquals("coordinator", approval.getString("user"));
        assertEquals("APPROVE", approval.getString("action"));
        assertEquals("Утверждение", approval.getString("actionLabel"));
        assertEquals(2, approval.getInt("id"));
        assertEquals("Submission", approval.getString("entity"));
        assertEquals("7", approval.getString("entityId"));
        assertEquals("SUBMITTED", approval.getJsonObject("before").getString("status"));
        assertEquals(JsonValue.NULL, approval.getJsonObject("after").get("comment"));
        assertTrue(approval.getString("at").startsWith("2030-01-15T09:01"), approval.getString("at"));
        JsonObject imported = list.getJsonArray("items").getJsonObject(1);
        assertEquals(JsonValue.NULL, imported.get("before"));
        assertEquals("не JSON", imported.getString("after"));
    }

    @Test
    void filtersArePassedToTheLogAndTheLimitTellsWhetherThereIsMore() {
        role = Role.ADMIN;
        JsonObject list = object(jersey.target("audit").queryParam("entity", "Submission").queryParam("entityId", "7")
                .queryParam("user", "coordinator").queryParam("from", "2030-01-15")
                .queryParam("to", "2030-01-16T00:00:00Z").queryParam("limit", "1").request().get());
        assertEquals(1, list.getJsonArray("items").size());
        assertTrue(list.getBoolean("more"));
        assertEquals("Submission|7|coordinator|2030-01-15T00:00+03:00|2030-01-16T00:00Z|2", searches.get(0));
        jersey.target("audit").queryParam("to", "2030-01-15").request().get();
        assertTrue(searches.get(1).contains("|2030-01-16T00:00+03:00|"), searches.get(1));
    }

    @Test
    void operatorsAndPartnerSystemsMayNotReadTheLog() {
        for (Role denied : List.of(Role.OPERATOR, Role.EXCHANGE)) {
            role = denied;
            Response response = jersey.target("audit").request().get();
            assertEquals(403, response.getStatus());
            JsonObject problem = object(response);
            assertEquals("access-denied", problem.getString("code"));
            assertTrue(problem.getString("detail").contains("администратору и координатору"));
        }
        assertTrue(searches.isEmpty());
    }

    @Test
    void malformedFiltersAreBadRequests() {
        for (String[] filter : new String[][]{{"limit", "0"}, {"limit", "many"}, {"from", "вчера"},
                {"to", "2030-02-30"}}) {
            Response response = jersey.target("audit").queryParam(filter[0], filter[1]).request().get();
            assertEquals(400, response.getStatus(), filter[0] + "=" + filter[1]);
            JsonObject problem = object(response);
            assertEquals(filter[0], problem.getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }
}
