package ru.smolensk.registry.web.rest.event;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

/**
 * A page of events as JSON, written field by field: the same document JSON-B writes for
 * {@code {highlights, items, total, totalExact}}
 * (properties in alphabetical order, absent values as {@code null}, dates ISO-8601), without its reflection and
 * per-object bookkeeping, which cost more than the rest of a 50-event page. The page's links are added to the kept
 * document per request ({@link #paged}).
 */
final class EventListJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
    private static final String TOTAL_EXACT = "totalExact";
    private static final byte[] INEXACT_END = (",\"" + TOTAL_EXACT + "\":false}").getBytes(StandardCharsets.US_ASCII);

    private EventListJson() {
    }

    /** The events and their exact total as UTF-8 JSON, without highlights. */
    static byte[] of(List<EventView> items, long total) {
        return of(null, items, total, true);
    }

    /**
     * The matched words of a text search (null without one), the events and their total (exact, or a lower bound)
     * as UTF-8 JSON.
     */
    static byte[] of(Map<String, Map<String, List<List<Integer>>>> highlights, List<EventView> items, long total,
            boolean totalExact) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (JsonGenerator json = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject();
            highlights(highlights, json);
            json.writeKey("items").writeStartArray();
            for (EventView e : items) {
                write(e, json);
            }
            json.writeEnd().write("total", total).write(TOTAL_EXACT, totalExact).writeEnd();
        }
        return out.toByteArray();
    }

    /** The total written next to last by {@link #of}. */
    static long total(byte[] itemsAndTotal) {
        int end = itemsAndTotal.length - 1;
        while (end > 0 && itemsAndTotal[end] != ',') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(itemsAndTotal[start - 1])) {
            start--;
        }
        return Long.parseLong(new String(itemsAndTotal, start, end - start, StandardCharsets.US_ASCII));
    }

    /** Whether the total written by {@link #of} is exact (written last). */
    static boolean totalExact(byte[] itemsAndTotal) {
        return !Arrays.equals(itemsAndTotal, itemsAndTotal.length - INEXACT_END.length, itemsAndTotal.length,
                INEXACT_END, 0, INEXACT_END.length);
    }

    /** The document of {@link #of} with the page's number, size and links ({@code null} where there is none). */
    static byte[] paged(byte[] itemsAndTotal, int page, int size, String next, String prev) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(itemsAndTotal.length + 512);
        out.write(itemsAndTotal, 0, itemsAndTotal.length - 1);
        ByteArrayOutputStream tail = new ByteArrayOutputStream(512);
        try (JsonGenerator json = GENERATORS.createGenerator(tail, StandardCharsets.UTF_8)) {
            json.writeStartObject().write("page", page).write("size", size);
            text(json, "next", next);
            text(json, "prev", prev);
            json.writeEnd();
        }
        byte[] links = tail.toByteArray();
        out.write(',');
        out.write(links, 1, links.length - 1);
        return out.toByteArray();
    }

    private static void highlights(Map<String, Map<String, List<List<Integer>>>> highlights, JsonGenerator json) {
        if (highlights == null) {
            json.writeNull("highlights");
            return;
        }
        json.writeStartObject("highlights");
        highlights.forEach((id, columns) -> {
            json.writeStartObject(id);
            columns.forEach((column, spans) -> {
                json.writeStartArray(column);
                for (List<Integer> span : spans) {
                    json.writeStartArray();
                    span.forEach(json::write);
                    json.writeEnd();
                }
                json.writeEnd();
            });
            json.writeEnd();
        });
        json.writeEnd();
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
        if (e.extraColumns() == null) {
            json.writeNull("extraColumns");
        } else {
            json.writeKey("extraColumns").writeStartArray();
            e.extraColumns().forEach(c -> {
                json.writeStartObject();
                text(json, "header", c.header());
                text(json, "text", c.text());
                json.writeEnd();
            });
            json.writeEnd();
        }
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
