package ru.smolensk.registry.web.rest.event;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import ru.smolensk.registry.web.rest.event.EventResource.EventListView;

/**
 * A page of events as JSON, written field by field: the same document JSON-B writes for {@link EventListView}
 * (properties in alphabetical order, absent values as {@code null}, dates ISO-8601), without its reflection and
 * per-object bookkeeping, which cost more than the rest of a 50-event page.
 */
final class EventListJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private EventListJson() {
    }

    /** The page as UTF-8 JSON. */
    static byte[] of(EventListView page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            write(page, json);
        }
        return out.toByteArray();
    }

    private static void write(EventListView page, JsonGenerator json) {
        json.writeStartObject().writeKey("items").writeStartArray();
        for (EventView e : page.items()) {
            write(e, json);
        }
        json.writeEnd().write("total", page.total()).writeEnd();
    }

    private static void write(EventView e, JsonGenerator json) {
        json.writeStartObject().writeKey("countries").writeStartArray();
        e.countries().forEach(json::write);
        json.writeEnd();
        if (e.dates() == null) {
            json.writeNull("dates");
        } else {
            json.writeStartObject("dates");
            text(json, "dateClass", e.dates().dateClass());
            date(json, "end", e.dates().end());
            text(json, "precision", e.dates().precision());
            text(json, "qualifier", e.dates().qualifier());
            date(json, "start", e.dates().start());
            text(json, "text", e.dates().text());
            json.writeEnd();
        }
        text(json, "description", e.description());
        text(json, "format", e.format());
        text(json, "goal", e.goal());
        json.write("id", e.id());
        text(json, "kind", e.kind());
        text(json, "level", e.level());
        text(json, "name", e.name());
        json.write("ordinal", e.ordinal());
        reference(json, "organization", e.organization());
        text(json, "outcome", e.outcome());
        text(json, "participants", e.participants());
        number(json, "participantsCount", e.participantsCount() == null ? null : e.participantsCount().longValue());
        text(json, "period", e.period());
        text(json, "place", e.place());
        number(json, "planEntryId", e.planEntryId());
        text(json, "role", e.role());
        text(json, "section", e.section());
        reference(json, "sphere", e.sphere());
        text(json, "status", e.status());
        json.write("submissionId", e.submissionId());
        json.write("version", e.version());
        json.writeEnd();
    }

    private static void reference(JsonGenerator json, String key, EventView.Reference reference) {
        if (reference == null) {
            json.writeNull(key);
        } else {
            json.writeStartObject(key);
            text(json, "code", reference.code());
            text(json, "name", reference.name());
            json.writeEnd();
        }
    }

    private static void number(JsonGenerator json, String key, Long value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }

    private static void date(JsonGenerator json, String key, LocalDate value) {
        text(json, key, value == null ? null : value.toString());
    }

    private static void text(JsonGenerator json, String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }
}
