package ru.smolensk.registry.domain.model.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

    @ParameterizedTest
    @CsvSource({"2026-H1, 2026-01-01, 2026-06-30", "2026-H2, 2026-07-01, 2026-12-31",
            "2025-Q1, 2025-01-01, 2025-03-31", "2025-Q2, 2025-04-01, 2025-06-30", "2025-Q4, 2025-10-01, 2025-12-31",
            "2024-Q1, 2024-01-01, 2024-03-31"})
    void knowsItsFirstAndLastDay(String code, LocalDate start, LocalDate end) {
        ReportingPeriod period = ReportingPeriod.parse(code);
        assertEquals(start, period.start());
        assertEquals(end, period.end());
        assertEquals(code, period.code());
    }

    @Test
    void parsesLowerCaseAndSurroundingSpaces() {
        assertEquals(ReportingPeriod.quarter(2025, 4), ReportingPeriod.parse(" 2025-q4 "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026", "2026-H3", "2026-Q0", "2026-Q5", "26-H1", "2026H1", "2026-X1", "1999-Q1"})
    void rejectsMalformedCodesWithARussianMessage(String code) {
        InvalidPeriodException e = assertThrows(InvalidPeriodException.class, () -> ReportingPeriod.parse(code));
        assertEquals("invalid-period", e.code());
        assertTrue(e.getMessage().matches(".*[а-яА-Я].*"), e.getMessage());
    }

    @Test
    void stepsAcrossYearBoundaries() {
        assertEquals(ReportingPeriod.parse("2026-Q1"), ReportingPeriod.parse("2025-Q4").next());
        assertEquals(ReportingPeriod.parse("2025-H2"), ReportingPeriod.parse("2026-H1").previous());
        assertEquals(ReportingPeriod.parse("2025-Q3"), ReportingPeriod.parse("2025-Q4").previous());
    }

    @Test
    void relatesQuartersAndHalfYears() {
        assertEquals(ReportingPeriod.parse("2025-H2"), ReportingPeriod.parse("2025-Q4").enclosingHalfYear());
        assertEquals(ReportingPeriod.parse("2025-H1"), ReportingPeriod.parse("2025-Q2").enclosingHalfYear());
        assertEquals(List.of(ReportingPeriod.parse("2026-Q3"), ReportingPeriod.parse("2026-Q4")),
                ReportingPeriod.parse("2026-H2").quarters());
    }

    @Test
    void findsThePeriodContainingADate() {
        assertEquals(ReportingPeriod.parse("2025-Q4"),
                ReportingPeriod.containing(LocalDate.of(2025, 10, 1), PeriodType.QUARTER));
        assertEquals(ReportingPeriod.parse("2026-H1"),
                ReportingPeriod.containing(LocalDate.of(2026, 6, 30), PeriodType.HALF_YEAR));
    }

    @Test
    void containsAndCoversClosedRanges() {
        ReportingPeriod q4 = ReportingPeriod.parse("2025-Q4");
        assertTrue(q4.contains(LocalDate.of(2025, 12, 31)));
        assertFalse(q4.contains(LocalDate.of(2026, 1, 1)));
        assertTrue(q4.covers(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 5)));
        assertFalse(q4.covers(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 11, 5)));
    }

    @Test
    void ordersByStartThenLongerFirst() {
        List<ReportingPeriod> sorted = java.util.stream.Stream.of("2026-Q1", "2025-Q4", "2026-H1", "2025-H2")
                .map(ReportingPeriod::parse).sorted().toList();
        assertEquals(List.of("2025-H2", "2025-Q4", "2026-H1", "2026-Q1"),
                sorted.stream().map(ReportingPeriod::code).toList());
    }

    @Test
    void isNamedAsPeopleWriteIt() {
        assertEquals("I полугодие 2026 года", ReportingPeriod.parse("2026-H1").russianName());
        assertEquals("II полугодие 2026 года", ReportingPeriod.parse("2026-H2").russianName());
        assertEquals("IV квартал 2025 года", ReportingPeriod.parse("2025-Q4").russianName());
        assertEquals("III квартал 2037 года", ReportingPeriod.parse("2037-Q3").russianName());
    }
}
