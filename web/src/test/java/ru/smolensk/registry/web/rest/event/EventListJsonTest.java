package ru.smolensk.registry.web.rest.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.web.rest.event.EventResource.EventListView;

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
                List.of("BY", "RU"), 20, 5L, 4);
        EventView empty = new EventView(8, 3, "2026-H1", "PLAN", "MUNICIPAL", "DRAFT",
                new EventView.Reference("smolensk", null), null, null, 13, "Без дат", null,
                new EventView.Dates(null, null, null, null, null, null), null, null, null, null, null, null,
                List.of(), null, null, 0);
        EventView noDates = new EventView(9, 3, "2026-H1", "PLAN", "MUNICIPAL", "DRAFT",
                new EventView.Reference("smolensk", "город Смоленск"), null, null, 14, "Без чтения дат", null, null,
                null, null, null, null, null, null, List.of("BY"), null, null, 1);
        for (EventListView page : List.of(new EventListView(List.of(full, empty, noDates), 20_000),
                new EventListView(List.of(), 0))) {
            assertEquals(JSONB.toJson(page), written(page));
        }
    }

    private static String written(EventListView page) {
        return new String(EventListJson.of(page), StandardCharsets.UTF_8);
    }
}
