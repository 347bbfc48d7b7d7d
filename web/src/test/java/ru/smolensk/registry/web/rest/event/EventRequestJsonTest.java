package ru.smolensk.registry.web.rest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.web.rest.JsonbConfiguration;
import ru.smolensk.registry.web.rest.problem.JsonBodyExceptionMappers;

/**
 * The body of a new or changed event in process, through the JAX-RS runtime and JSON-B: an event as the API reads it
 * is taken back (read-only parts ignored), the plain form too, and a value of the wrong type is named with its field.
 */
class EventRequestJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** Answers with the request as it was read. */
    @Path("echo")
    public static class Echo {
        @PUT
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public EventRequest echo(EventRequest request) {
            return request;
        }

        /** A body read by JSON-B itself. */
        @PUT
        @Path("window")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Window window(Window window) {
            return window;
        }
    }

    /** A record JSON-B reads without help. */
    public record Window(LocalDate opensOn, Long days) {
    }

    private final JerseyTest jersey = new JerseyTest() {
        @Override
        protected Application configure() {
            return new ResourceConfig(Echo.class, JsonbConfiguration.class,
                    JsonBodyExceptionMappers.MalformedJson.class,
                    JsonBodyExceptionMappers.MalformedJsonText.class, JsonBodyExceptionMappers.Unprocessable.class);
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

    private Response put(String path, String json) {
        return jersey.target(path).request().put(Entity.entity(json, MediaType.APPLICATION_JSON));
    }

    private static JsonObject object(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readObject();
        }
    }

    @Test
    void anEventAsReadIsTakenBackWithItsReadOnlyPartsIgnored() {
        EventView read = new EventView(7, 3, "2026-H1", "PLAN", "REGIONAL", "DRAFT",
                new EventView.Reference("culture_dept", "Министерство культуры"),
                new EventView.Reference("CULTURE", "Культура"), "Раздел", 12, "Фестиваль «Дружба» (изменено)",
                "г. Смоленск", new EventView.Dates("22-25 мая 2026 года", LocalDate.of(2026, 5, 22),
                        LocalDate.of(2026, 5, 25), "DAY", "DAY_RANGE_SAME_MONTH", null),
                "Концерт", "Дружба", null, "Коллективы г. Витебска (Республика Беларусь)", "IN_PERSON", "HOST",
                List.of("BY"), 200, null, 4,
                List.of(new EventView.ExtraColumn("Ответственный исполнитель", "Иванов И. И.")));
        Response answer = put("echo", JSONB.toJson(read));
        assertEquals(200, answer.getStatus());
        assertEquals(new EventRequest(3L, "CULTURE", "Фестиваль «Дружба» (изменено)", "г. Смоленск",
                "22-25 мая 2026 года", "Концерт", "Дружба", null, "Коллективы г. Витебска (Республика Беларусь)"),
                JSONB.fromJson(answer.readEntity(String.class), Plain.class).request());
    }

    @Test
    void thePlainFormIsTakenToo() {
        Response answer = put("echo", "{\"submissionId\": 5, \"sphere\": \"SPORT\", \"name\": \"Турнир\","
                + " \"dates\": \"июнь 2026 года\", \"unknown\": [1, 2]}");
        assertEquals(200, answer.getStatus());
        JsonObject echoed = object(answer);
        assertEquals("июнь 2026 года", echoed.getString("dates"));
        assertEquals("SPORT", echoed.getString("sphere"));
        assertEquals(5, echoed.getInt("submissionId"));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsFieldAndTheTypeItNeeds() {
        JsonObject problem = problem(put("echo", "{\"submissionId\": \"пять\", \"name\": \"Турнир\"}"));
        assertEquals("Поле «submissionId»: ожидается целое число", problem.getString("detail"));
        assertEquals("submissionId", problem.getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals("Поле «dates»: ожидается строка или объект с полем «text»",
                problem(put("echo", "{\"name\": \"Турнир\", \"dates\": 2026}")).getString("detail"));
        assertEquals("Поле «dates.text»: ожидается строка",
                problem(put("echo", "{\"name\": \"Турнир\", \"dates\": {\"text\": 5}}")).getString("detail"));
        assertEquals("Поле «body»: ожидается объект мероприятия", problem(put("echo", "[1]")).getString("detail"));
    }

    @Test
    void bodiesJsonBReadsItselfNameTheFieldToo() {
        JsonObject problem = problem(put("echo/window", "{\"opensOn\": \"2026-01-01\", \"days\": \"много\"}"));
        assertEquals("days", problem.getJsonArray("errors").getJsonObject(0).getString("field"), problem.toString());
        assertEquals("Поле «days»: ожидается целое число", problem.getString("detail"));

        problem = problem(put("echo/window", "{\"opensOn\": \"1 января\"}"));
        assertEquals("Поле «opensOn»: ожидается дата ГГГГ-ММ-ДД", problem.getString("detail"));
    }

    @Test
    void textThatIsNotJsonIsStillAPlainMalformedBody() {
        JsonObject problem = problem(put("echo", "{\"submissionId\": "));
        assertEquals("malformed-json", problem.getString("code"));
    }

    private static JsonObject problem(Response answer) {
        assertEquals(400, answer.getStatus());
        assertEquals("application/problem+json", answer.getMediaType().toString());
        JsonObject problem = object(answer);
        assertEquals("malformed-json", problem.getString("code"));
        return problem;
    }

    /** The echoed request as JSON-B writes it (plain strings). */
    public record Plain(Long submissionId, String sphere, String name, String place, String dates, String description,
            String goal, String outcome, String participants) {
        EventRequest request() {
            return new EventRequest(submissionId, sphere, name, place, dates, description, goal, outcome,
                    participants);
        }
    }
}
