package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.ParseStatus;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

class DateExpressionParserTest {

    private static final String FIXTURE_DATES = "fixture-dates.tsv";
    private static final String OUTSIDE = "Даты мероприятия выходят за пределы отчетного периода";

    private final DateExpressionParser parser = new DateExpressionParser();

    /** One line of {@value #FIXTURE_DATES}: a verbatim date cell of the fixtures and its expected reading. */
    record FixtureDate(String rows, String raw, String period, LocalDate start, LocalDate end, DatePrecision precision,
            DateClass dateClass, String qualifier, boolean outside) {

        @Override
        public String toString() {
            return rows + " «" + FixtureResource.show(raw) + "»";
        }
    }

    static List<FixtureDate> fixtureDates() {
        return FixtureResource.lines(FIXTURE_DATES).stream()
                .map(f -> new FixtureDate(f[0], FixtureResource.decode(f[1]), f[2], date(f[3]), date(f[4]),
                        DatePrecision.valueOf(f[5]), DateClass.valueOf(f[6]), f[7].isEmpty() ? null : f[7],
                        Boolean.parseBoolean(f[8])))
                .toList();
    }

    static Stream<Arguments> fixtureDateArguments() {
        return fixtureDates().stream().map(Arguments::of);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    @Test
    void theResourceCoversEveryDistinctDateCellOfTheFixtures() {
        List<FixtureDate> dates = fixtureDates();
        assertEquals(191, dates.size());
        assertEquals(dates.size(), dates.stream().map(d -> d.raw() + "|" + d.period()).distinct().count());
        assertEquals(252, dates.stream().mapToInt(d -> d.rows().split(",").length).sum(), "rows of the 4 fixtures");
        long classes = dates.stream().map(FixtureDate::dateClass).distinct().count();
        assertEquals(15, classes, "all 15 classes of notes §4.1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureDateArguments")
    void readsEveryDateCellOfTheFixtures(FixtureDate expected) {
        ParsedDate parsed = parser.parse(expected.raw(), ReportingPeriod.parse(expected.period()));

        assertEquals(ParseStatus.OK, parsed.status(), () -> String.valueOf(parsed.warnings()));
        assertEquals(expected.raw(), parsed.raw());
        assertEquals(expected.dateClass(), parsed.dateClass());
        assertEquals(expected.start(), parsed.start());
        assertEquals(expected.end(), parsed.end());
        assertEquals(expected.precision(), parsed.precision());
        assertEquals(expected.qualifier(), parsed.qualifier());
        List<String> expectedWarnings = expected.outside() ? List.of(outsideWarning(expected.period())) : List.of();
        assertEquals(expectedWarnings, parsed.warnings());
    }

    private static String outsideWarning(String periodCode) {
        ReportingPeriod p = ReportingPeriod.parse(periodCode);
        return String.format("%s (%s: %02d.%02d.%d–%02d.%02d.%d)", OUTSIDE, p.russianName(), p.start().getDayOfMonth(),
                p.start().getMonthValue(), p.start().getYear(), p.end().getDayOfMonth(), p.end().getMonthValue(),
                p.end().getYear());
    }

    @Test
    void theOutsideWarningNamesThePeriodAndItsDays() {
        ParsedDate parsed = parser.parse("19 сентября 2025 года", ReportingPeriod.parse("2025-Q4"));

        assertEquals(ParseStatus.OK, parsed.status());
        assertEquals(List.of(
                "Даты мероприятия выходят за пределы отчетного периода (IV квартал 2025 года: 01.10.2025–31.12.2025)"),
                parsed.warnings());
    }

    @Test
    void aRangeThatOnlyOverlapsThePeriodIsAlsoOutside() {
        ParsedDate parsed = parser.parse("11 ноября 2026 года –\n11 января 2027 года",
                ReportingPeriod.parse("2026-H2"));

        assertEquals(DateClass.DAY_RANGE_CROSS_YEAR, parsed.dateClass());
        assertTrue(parsed.warnings().get(0).startsWith(OUTSIDE + " (II полугодие 2026 года"));
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            22.05.2025                | 2025-05-22 | 2025-05-22 | DAY   | EXACT_DAY
            22.05.2025 - 25.05.2025   | 2025-05-22 | 2025-05-25 | DAY   | DAY_RANGE_SAME_MONTH
            22.05.2025–02.06.2025     | 2025-05-22 | 2025-06-02 | DAY   | DAY_RANGE_CROSS_MONTH
            с 30.12.2025 по 02.01.2026| 2025-12-30 | 2026-01-02 | DAY   | DAY_RANGE_CROSS_YEAR
            22-25.05.2025             | 2025-05-22 | 2025-05-25 | DAY   | DAY_RANGE_SAME_MONTH
            22.05-03.06.2025          | 2025-05-22 | 2025-06-03 | DAY   | DAY_RANGE_CROSS_MONTH
            1.6.25                    | 2025-06-01 | 2025-06-01 | DAY   | EXACT_DAY
            2025-06-01                | 2025-06-01 | 2025-06-01 | DAY   | EXACT_DAY
            май 2026                  | 2026-05-01 | 2026-05-31 | MONTH | MONTH
            май 2026 г.               | 2026-05-01 | 2026-05-31 | MONTH | MONTH
            Май 2026 года.            | 2026-05-01 | 2026-05-31 | MONTH | MONTH
            в мае 2026 года           | 2026-05-01 | 2026-05-31 | MONTH | MONTH
            февраль 2028 г            | 2028-02-01 | 2028-02-29 | MONTH | MONTH
            2026 год                  | 2026-01-01 | 2026-12-31 | YEAR  | YEAR
            2026 г.                   | 2026-01-01 | 2026-12-31 | YEAR  | YEAR
            в течение 2026 года       | 2026-01-01 | 2026-12-31 | YEAR  | YEAR
            2025-2026 гг.             | 2025-01-01 | 2026-12-31 | YEAR  | YEAR
            с 2024 по 2025 гг.        | 2024-01-01 | 2025-12-31 | YEAR  | YEAR
            5 мая 2025 г.             | 2025-05-05 | 2025-05-05 | DAY   | EXACT_DAY
            24 и 26 октября 2025 года | 2025-10-24 | 2025-10-26 | DAY   | DAY_LIST
            1, 3, 5-7 июля 2026 года  | 2026-07-01 | 2026-07-07 | DAY   | DAY_LIST
            с 19 по 26 марта 2025 года| 2025-03-19 | 2025-03-26 | DAY   | DAY_RANGE_SAME_MONTH
            с 30 марта по 2 апреля 2024 года | 2024-03-30 | 2024-04-02 | DAY | DAY_RANGE_CROSS_MONTH
            30 декабря – 2 января 2027 года  | 2026-12-30 | 2027-01-02 | DAY | DAY_RANGE_CROSS_YEAR
            в сентябре-октябре 2026 года     | 2026-09-01 | 2026-10-31 | MONTH | MONTH_RANGE
            с марта по июнь 2025 года        | 2025-03-01 | 2025-06-30 | MONTH | MONTH_RANGE
            декабрь 2025 – январь 2026 года  | 2025-12-01 | 2026-01-31 | MONTH | MONTH_RANGE
            ноябрь-февраль 2027 года         | 2026-11-01 | 2027-02-28 | MONTH | MONTH_RANGE
            I квартал 2027 года              | 2027-01-01 | 2027-03-31 | QUARTER | QUARTER
            в течение 3 квартала 2026 г.     | 2026-07-01 | 2026-09-30 | QUARTER | QUARTER
            ІІ квартал 2026 года             | 2026-04-01 | 2026-06-30 | QUARTER | QUARTER
            I полугодие 2026 года            | 2026-01-01 | 2026-06-30 | HALF_YEAR | WITHIN_HALF_YEAR
            в течение 1-го полугодия 2026 года | 2026-01-01 | 2026-06-30 | HALF_YEAR | WITHIN_HALF_YEAR
            лето 2026 года                   | 2026-06-01 | 2026-08-31 | SEASON | SEASON
            зима 2026 года                   | 2026-01-01 | 2026-02-28 | SEASON | SEASON
            весна/осень 2026 года            | 2026-03-01 | 2026-11-30 | SEASON | SEASON_ALTERNATIVES
            начало апреля 2026 года          | 2026-04-01 | 2026-04-10 | MONTH | FUZZY_MONTH_BOUNDARY
            в середине мая 2026 года         | 2026-05-11 | 2026-05-20 | MONTH | FUZZY_MONTH_BOUNDARY
            конец февраля 2024 года          | 2024-02-21 | 2024-02-29 | MONTH | FUZZY_MONTH_BOUNDARY
            вторая половина июня 2026 года   | 2026-06-16 | 2026-06-30 | MONTH | FUZZY_MONTH_BOUNDARY
            конец декабря 2025 – начало января 2026 года | 2025-12-21 | 2026-01-10 | MONTH | FUZZY_MONTH_BOUNDARY
            каждый месяц в течение 2027 года | 2027-01-01 | 2027-12-31 | YEAR | RECURRING_MONTHLY_YEAR
            """)
    void readsTypedForms(String raw, LocalDate start, LocalDate end, DatePrecision precision, DateClass dateClass) {
        ParsedDate parsed = parser.parse(raw, null);

        assertEquals(ParseStatus.OK, parsed.status(), () -> String.valueOf(parsed.warnings()));
        assertEquals(start, parsed.start());
        assertEquals(end, parsed.end());
        assertEquals(precision, parsed.precision());
        assertEquals(dateClass, parsed.dateClass());
        assertEquals(List.of(), parsed.warnings());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"с 1 ноября 2025 года по настоящее время", "1 ноября 2025 г. - н.в.",
            "начиная с 1 ноября 2025 года", "1 ноября 2025 года – настоящее время"})
    void readsOpenEndedRanges(String raw) {
        ParsedDate parsed = parser.parse(raw, ReportingPeriod.parse("2025-Q4"));

        assertEquals(ParseStatus.OK, parsed.status());
        assertEquals(DateClass.OPEN_ENDED, parsed.dateClass());
        assertEquals(LocalDate.of(2025, 11, 1), parsed.start());
        assertNull(parsed.end());
        assertTrue(parsed.isOpenEnded());
        assertEquals(DatePrecision.DAY, parsed.precision());
        assertEquals(List.of(), parsed.warnings());
    }

    @Test
    void withinTheYearNeedsTheDocumentPeriod() {
        ParsedDate parsed = parser.parse("в течение года", null);

        assertEquals(ParseStatus.UNPARSED, parsed.status());
        assertEquals(DateClass.WITHIN_YEAR_IMPLICIT, parsed.dateClass());
        assertNull(parsed.start());
        assertNull(parsed.end());
        assertEquals(1, parsed.warnings().size());
        assertTrue(parsed.warnings().get(0).contains("год не указан"));
    }

    @Test
    void withinTheYearTakesTheYearOfTheDocumentSilently() {
        ParsedDate parsed = parser.parse("в течение года", ReportingPeriod.parse("2027-Q1"));

        assertEquals(ParseStatus.OK, parsed.status());
        assertEquals(LocalDate.of(2027, 1, 1), parsed.start());
        assertEquals(LocalDate.of(2027, 12, 31), parsed.end());
        assertEquals(DatePrecision.YEAR, parsed.precision());
        assertEquals(1, parsed.warnings().size(), "only: outside 2027-Q1");
        assertTrue(parsed.warnings().get(0).startsWith(OUTSIDE));
    }

    @Test
    void aMissingYearIsTakenFromTheDocumentWithAWarning() {
        ParsedDate parsed = parser.parse("5 мая", ReportingPeriod.parse("2025-Q2"));

        assertEquals(ParseStatus.OK, parsed.status());
        assertEquals(LocalDate.of(2025, 5, 5), parsed.start());
        assertEquals(List.of("Год не указан; принят год отчетного периода (2025)"), parsed.warnings());
    }

    @Test
    void aMissingYearWithoutADocumentIsUnparsed() {
        ParsedDate parsed = parser.parse("5-7 мая", null);

        assertEquals(ParseStatus.UNPARSED, parsed.status());
        assertEquals(DateClass.DAY_RANGE_SAME_MONTH, parsed.dateClass());
        assertNull(parsed.start());
        assertEquals(List.of("Год не указан, а отчетный период документа неизвестен: даты не определены"),
                parsed.warnings());
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvSource(delimiter = '|', textBlock = """
            31 февраля 2026 года       | Несуществующая дата: 31 февраля 2026 года
            29 февраля 2025 года       | Несуществующая дата: 29 февраля 2025 года
            30-31 апреля 2025 года     | Несуществующая дата: 31 апреля 2025 года
            31.02.2026                 | Несуществующая дата: 31 февраля 2026 года
            30.13.2026                 | Несуществующая дата: 30.13.2026 (месяц 13)
            30-2 мая 2025 года         | Дата окончания 02.05.2025 раньше даты начала 30.05.2025
            V квартал 2026 года        | Номер квартала должен быть от 1 до 4: V
            III полугодие 2026 года    | Номер полугодия должен быть 1 или 2: III
            5 мая 2225 года            | Год 2225 вне допустимого диапазона 1900–2100
            """)
    void rejectsImpossibleDatesWithAWarning(String raw, String warning) {
        ParsedDate parsed = parser.parse(raw, null);

        assertEquals(ParseStatus.UNPARSED, parsed.status());
        assertNull(parsed.start());
        assertNull(parsed.end());
        assertEquals(List.of(warning), parsed.warnings());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"когда-нибудь", "после выборов", "32 мая 2025 года", "в 70 - 80 гг. ХХ века",
            "19 сентябрей 2025 года", "((", ")", "2025 года 19 сентября", "март апрель"})
    void unrecognisedTextIsUnparsedWithARussianWarning(String raw) {
        ParsedDate parsed = parser.parse(raw, ReportingPeriod.parse("2025-Q4"));

        assertEquals(ParseStatus.UNPARSED, parsed.status());
        assertNull(parsed.start());
        assertFalse(parsed.warnings().isEmpty());
        assertTrue(parsed.warnings().get(0).matches("[^A-Za-z]*\\p{IsCyrillic}.*"), parsed.warnings().get(0));
    }

    @Test
    void theUnparsedWarningQuotesTheText() {
        ParsedDate parsed = parser.parse("после выборов", null);

        assertEquals(DateClass.UNPARSED, parsed.dateClass());
        assertEquals(DatePrecision.UNKNOWN, parsed.precision());
        assertTrue(parsed.warnings().get(0).startsWith("Не удалось распознать дату «после выборов»"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n\u00A0", "[bookmark: _GoBack]"})
    void blankCellsAreEmpty(String raw) {
        ParsedDate parsed = parser.parse(raw, ReportingPeriod.parse("2025-Q4"));

        assertEquals(ParseStatus.EMPTY, parsed.status());
        assertEquals(DateClass.UNPARSED, parsed.dateClass());
        assertEquals(List.of(), parsed.warnings());
        assertEquals(raw == null ? "" : raw, parsed.raw());
    }

    @Test
    void splitsOffTheQualifierAndKeepsTheRawText() {
        String raw = "3-9 мая \n2025 года\n(на территории Смоленской области – 5 мая 2025\u00A0года)";
        ParsedDate parsed = parser.parse(raw, ReportingPeriod.parse("2025-Q2"));

        assertEquals(raw, parsed.raw());
        assertEquals("на территории Смоленской области – 5 мая 2025 года", parsed.qualifier());
        assertEquals(LocalDate.of(2025, 5, 3), parsed.start());
        assertEquals(LocalDate.of(2025, 5, 9), parsed.end());
    }

    @Test
    void anApproximationWordBecomesTheQualifier() {
        ParsedDate parsed = parser.parse("Ориентировочно март 2026 года (по согласованию сторон)", null);

        assertEquals(DateClass.MONTH, parsed.dateClass());
        assertEquals("Ориентировочно; по согласованию сторон", parsed.qualifier());
        assertEquals(LocalDate.of(2026, 3, 1), parsed.start());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"Дата проведения уточняется", "дата уточняется", "Сроки уточняются", "уточняется",
            "по согласованию сторон", "(уточняется)"})
    void tbdHasNoDatesButIsOk(String raw) {
        ParsedDate parsed = parser.parse(raw, ReportingPeriod.parse("2026-H2"));

        assertEquals(ParseStatus.OK, parsed.status());
        assertEquals(DateClass.TBD, parsed.dateClass());
        assertEquals(DatePrecision.UNKNOWN, parsed.precision());
        assertNull(parsed.start());
        assertNull(parsed.end());
        assertEquals(List.of(), parsed.warnings());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"20 ноября-           20 декабря 2026 года", "20 ноября – \n20 декабря 2026 года",
            "20 ноября —20 декабря 2026 года", "\t 20 ноября\u2011 20 декабря\u00A02026\u00A0года ",
            "20 ноября − 20 декабря 2026 г.", "20 Ноября - 20 Декабря 2026 ГОДА"})
    void survivesTypographicVariants(String raw) {
        ParsedDate parsed = parser.parse(raw, null);

        assertEquals(DateClass.DAY_RANGE_CROSS_MONTH, parsed.dateClass());
        assertEquals(LocalDate.of(2026, 11, 20), parsed.start());
        assertEquals(LocalDate.of(2026, 12, 20), parsed.end());
    }
}
