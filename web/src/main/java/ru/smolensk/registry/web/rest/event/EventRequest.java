package ru.smolensk.registry.web.rest.event;

import java.lang.reflect.Type;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import ru.smolensk.registry.domain.application.event.EventInput;
import ru.smolensk.registry.web.rest.problem.BodyFieldException;
import ru.smolensk.registry.web.rest.problem.JsonFields;

/**
 * The JSON body that creates or changes an event entry: an event as the API reads it ({@link EventView}) may be sent
 * back as is. Its read-only parts (id, normalized dates, organisation, status, version…) are ignored; {@code dates}
 * is taken from {@code dates.text} or from a plain string, {@code sphere} (a sphere code, regional documents only)
 * from {@code sphere.code} or a plain string. {@code submissionId} is needed only to create. The constraints are
 * checked by Bean Validation before the use case runs (messages in Russian from {@code ValidationMessages}); which
 * columns a plan or a report needs is the use case's rule.
 */
@JsonbTypeDeserializer(EventRequest.Reader.class)
public record EventRequest(Long submissionId,
        @Size(max = 100, message = "{event.sphere.size}") String sphere,
        @NotBlank(message = "{event.name.required}") @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.name.size}") String name,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.place.size}") String place,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.dates.size}") String dates,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.description.size}") String description,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.goal.size}") String goal,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.outcome.size}") String outcome,
        @Size(max = EventInput.MAX_CELL_LENGTH, message = "{event.participants.size}") String participants) {

    EventInput input() {
        return new EventInput(sphere, name, place, dates, description, goal, outcome, participants);
    }

    /** Reads the body field by field, so that either shape is taken and a wrong type names its field. */
    public static class Reader implements JsonbDeserializer<EventRequest> {
        @Override
        public EventRequest deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (!(value instanceof JsonObject body)) {
                throw new BodyFieldException("body", "объект мероприятия");
            }
            return of(body);
        }
    }

    static EventRequest of(JsonObject body) {
        return new EventRequest(JsonFields.number(body, "submissionId"),
                JsonFields.textOrObject(body, "sphere", "code"), JsonFields.text(body, "name"),
                JsonFields.text(body, "place"), JsonFields.textOrObject(body, "dates", "text"),
                JsonFields.text(body, "description"), JsonFields.text(body, "goal"), JsonFields.text(body, "outcome"),
                JsonFields.text(body, "participants"));
    }
}
