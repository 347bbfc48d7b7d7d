package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

class TitleParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "План международных мероприятий муниципальных образований на I полугодие 2026 года | 2026-H1",
            "План мероприятий органов местного самоуправления на II полугодие 2026 года | 2026-H2",
            "План мероприятий муниципальных образований на 1-е полугодие 2026 г. | 2026-H1",
            "План мероприятий муниципальных образований на первое полугодие 2026 года | 2026-H1",
            "План мероприятий муниципальных образований во втором полугодии 2026 года | 2026-H2",
            "План мероприятий муниципальных образований во II полугодии 2026 года | 2026-H2",
            "План мероприятий муниципальных образований на \u0406 полугодие 2026 года | 2026-H1",
            "Отчет о мероприятиях муниципальных образований в IV квартале 2025 года | 2025-Q4",
            "Отчет о мероприятиях муниципальных образований во II квартале 2025 года | 2025-Q2",
            "Отчет о мероприятиях муниципальных образований в 3 квартале 2025 года | 2025-Q3",
            "Отчёт о мероприятиях муниципальных образований в третьем квартале 2025 года | 2025-Q3",
            "Отчет о мероприятиях муниципальных образований за 2025 год, I квартал | 2025-Q1",
            "Отчет о мероприятиях, проведенных Администрацией города Смоленска за 2-й квартал 2025 г. | 2025-Q2",
            "Отчет Администрации Шумячского района во 2-м квартале 2025 года | 2025-Q2",
            "Отчет Министерства спорта за II кв. 2025 года | 2025-Q2",
            "Отчет Министерства спорта за 4 кв 2025г. | 2025-Q4",
            "Отчет о мероприятиях за второй квартал 2025года | 2025-Q2",
            "План Администрации г. Десногорска на 1 полугодие 2026 г. | 2026-H1",
            "План мероприятий в I полугодии 2026г | 2026-H1",
            "План на второе полугодие   2024   года | 2024-H2"
    })
    void recognisesPeriods(String title, String code) {
        assertEquals(code, TitleParser.parse(title).period().code());
    }

    @Test
    void theYearMayStandOnTheNextLine() {
        assertEquals("2026-H1", TitleParser.parse("План Министерства культуры на первое полугодие\n2026 года").period()
                .code());
        assertEquals("2025-Q2", TitleParser.parse("ОТЧЕТ\nза II квартал\r\n2025 г.").period().code());
    }

    @Test
    void recognisesKindAndLevelInTheOfficialTitles() {
        TitleFacts municipalReport = TitleParser.parse("[bookmark: _GoBack]Отчет о мероприятиях в международной "
                + "сфере, проведенных органами местного самоуправления муниципальных и городских округов "
                + "Смоленской области в IV квартале 2025 года");
        TitleFacts regionalPlan = TitleParser.parse("План международных мероприятий исполнительных органов\u00A0"
                + "Смоленской области и подведомственных им учреждений на II полугодие 2026 года");

        assertEquals(DocumentKind.REPORT, municipalReport.kind());
        assertEquals(Level.MUNICIPAL, municipalReport.level());
        assertEquals(DocumentKind.PLAN, regionalPlan.kind());
        assertEquals(Level.REGIONAL, regionalPlan.level());
    }

    @Test
    void unknownPartsAreNull() {
        TitleFacts facts = TitleParser.parse("Перечень мероприятий на V квартал");

        assertNull(facts.kind());
        assertNull(facts.level());
        assertNull(facts.period());
    }

    @Test
    void readsStandaloneMetadataValues() {
        assertEquals(DocumentKind.REPORT, TitleParser.kindValue("Отчет"));
        assertEquals(DocumentKind.PLAN, TitleParser.kindValue("PLAN"));
        assertEquals(Level.REGIONAL, TitleParser.levelValue("региональный"));
        assertEquals(Level.MUNICIPAL, TitleParser.levelValue("Муниципальный"));
        assertEquals("2025-Q2", TitleParser.periodValue("2025-Q2").code());
        assertEquals("2026-H1", TitleParser.periodValue("I полугодие 2026 года").code());
    }
}
