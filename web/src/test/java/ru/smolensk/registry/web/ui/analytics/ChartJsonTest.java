package ru.smolensk.registry.web.ui.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.analytics.Statistics;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

class ChartJsonTest {

    @Test
    void aHorizontalBarChartOfTheFirstRowsWithEscapedNames() {
        String json = ChartJson.bars(List.of(new CountRow("Театр «Камерный» \"Смоленск\"", 3), new CountRow(
                "Беларусь", 2), new CountRow("Китай", 1)), "Мероприятий", true, 2);
        assertTrue(json.startsWith("{\"type\":\"bar\""), json);
        assertTrue(json.contains("\"labels\":[\"Театр «Камерный» \\\"Смоленск\\\"\",\"Беларусь\"]"), json);
        assertTrue(json.contains("\"data\":[3,2]"), json);
        assertTrue(json.contains("\"indexAxis\":\"y\""), json);
        assertFalse(json.contains("Китай"), "only the first rows are drawn");
    }

    @Test
    void markupAndControlCharactersCannotLeaveTheString() {
        assertEquals("\"\\u003c/script\\u003e\\u0026\\n\"".replace("\\n", "\\u000a"), ChartJson.string("</script>&\n"));
        String shortened = ChartJson.shorten("Очень длинное название организации, которое не помещается на оси");
        assertEquals(40, shortened.length());
        assertTrue(shortened.startsWith("Очень длинное") && shortened.endsWith("…"), shortened);
        assertEquals("Беларусь", ChartJson.shorten("Беларусь"));
    }

    @Test
    void monthsAreNamedInRussianAndCodesReplacedByNames() {
        Statistics statistics = new Statistics(ReportingPeriod.parse("2025-H1"), ReportingPeriod.parse("2025-H2"), 5,
                Map.of("BY", 5L), Map.of("smolensk", 5L), Map.of("culture", 5L), Map.of("2025-10", 3L, "2025-05", 2L),
                List.of(new Statistics.Fulfilment("smolensk", 4, 5, 3, 1, 1)));
        StatisticsTables tables = new StatisticsTables(statistics, c -> c.equals("BY") ? "Беларусь" : c,
                o -> "город Смоленск", s -> "Культура");
        assertEquals("Беларусь", tables.getByCountry().get(0).label());
        assertTrue(tables.getByMonth().stream().anyMatch(r -> r.label().equals("октябрь 2025")));
        assertTrue(tables.getByMonth().stream().anyMatch(r -> r.label().equals("май 2025")));
        FulfilmentRow fulfilment = tables.getFulfilment().get(0);
        assertEquals("город Смоленск", fulfilment.organization());
        assertEquals(75, fulfilment.percentHeld());
        assertTrue(tables.getMonthChart().contains("\"indexAxis\":\"x\""));
        assertEquals(5, tables.getEvents());
        assertTrue(LocalDate.now().getYear() > 2000);
    }
}
