package ru.smolensk.registry.web.rest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.junit.jupiter.api.Test;

/** The hand-written JSON of an event page is, byte for byte, the JSON that JSON-B writes for it. */
class EventListJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Test
    void writesWhatJsonBWritesWithEveryValueAndEveryAbsence() throws Exception {
        EventView full = new EventView(7, 3, "2026-H1", "PLAN", "MUNICIPAL", "APPROVED",
                new EventView.Reference("smolensk", "город «Смоленск»"), new EventView.Reference("CULTURE",
                        "Культура"),
                "Раздел \"1\"\n", 12, "IV фестиваль «Славянский базар» '; drop table --\t\\ </script>",
                "г. Минск\n(Республика Беларусь)",
                new EventView.Dates("2–4 февраля\n2026 года", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 4),
                        "DAY", "DAY_RANGE_SAME_MONTH", "по согласованию"),
                "описание \u0001 с управляющим символом", "цель", "итог", "20 человек", "IN_PERSON", "HOST",
                List.of("BY", "RU"), 20, 5L, 4,
                List.of(new EventView.ExtraColumn("Ответственный исполнитель", "Иванов И. И.\n\"отдел\"")));
        EventView empty = new EventView(8, 3, "2026-H1", "PLAN", "MUNICIPAL", "DRAFT",
                new EventView.Reference("smolensk", null), null, null, 13, "Без дат", null,
                new EventView.Dates(null, null, null, null, null, null), null, null, null, null, null, null,
                List.of(), null, null, 0, List.of());
        EventView noDates = new EventView(9, 3, "2026-H1", "PLAN", "MUNICIPAL", "DRAFT",
                new EventView.Reference("smolensk", "город Смоленск"), null, null, 14, "Без чтения дат", null, null,
                null, null, null, null, null, null, List.of("BY"), null, null, 1, null);
        for (Page page : List.of(new Page(null, List.of(full, empty, noDates), 20_000, true),
                new Page(null, List.of(), 0, true),
                new Page(Map.of("7", Map.of("name", List.of(List.of(0, 2), List.of(4, 13)))), List.of(full), 1, true),
                new Page(Map.of(), List.of(), 0, true), new Page(null, List.of(full), 10_000, false))) {
            assertEquals(JSONB.toJson(page), written(page));
            byte[] kept = EventListJson.of(page.highlights(), page.items(), page.total(), page.totalExact());
            assertEquals(page.total(), EventListJson.total(kept));
            assertEquals(page.totalExact(), EventListJson.totalExact(kept));
        }
    }

    @Test
    void thePageNumberSizeAndLinksFollowTheKeptDocument() {
        byte[] kept = EventListJson.of(List.of(), 120);
        String paged = new String(EventListJson.paged(kept, 1, 50, "http://h/api/events?page=2", null),
                StandardCharsets.UTF_8);
        assertEquals(
                "{\"highlights\":null,\"items\":[],\"total\":120,\"totalExact\":true,\"page\":1,\"size\":50,\"next\":\"http://h/api/events?page=2\","
                        + "\"prev\":null}",
                paged);
    }

    /** What the list keeps: the matched words of a text search, the events and their total. */
    public record Page(Map<String, Map<String, List<List<Integer>>>> highlights, List<EventView> items, long total,
            boolean totalExact) {
    }

    private static String written(Page page) {
        return new String(EventListJson.of(page.highlights(), page.items(), page.total(), page.totalExact()),
                StandardCharsets.UTF_8);
    }
}
