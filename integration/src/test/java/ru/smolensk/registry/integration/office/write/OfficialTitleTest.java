package ru.smolensk.registry.integration.office.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

class OfficialTitleTest {

    @Test
    void municipalPlan() {
        assertEquals("План международных мероприятий муниципальных образований Смоленской области на I полугодие "
                + "2026 года",
                OfficialTitle.text(DocumentKind.PLAN, Level.MUNICIPAL, ReportingPeriod.parse("2026-H1")));
    }

    @Test
    void regionalPlanAsInTheSample() {
        assertEquals(List.of("План международных мероприятий исполнительных органов",
                "Смоленской области и подведомственных им учреждений на II полугодие 2026 года"),
                OfficialTitle.lines(DocumentKind.PLAN, Level.REGIONAL, ReportingPeriod.parse("2026-H2")));
    }

    @Test
    void municipalReport() {
        assertEquals("Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления "
                + "муниципальных и городских округов Смоленской области в IV квартале 2025 года",
                OfficialTitle.text(DocumentKind.REPORT, Level.MUNICIPAL, ReportingPeriod.parse("2025-Q4")));
    }

    @Test
    void municipalReportOfAPeriodBeforeTheReformNamesMunicipalFormations() {
        assertEquals("Отчет о мероприятиях в международной сфере, проведенных органами местного самоуправления "
                + "муниципальных образований Смоленской области в IV квартале 2024 года",
                OfficialTitle.text(DocumentKind.REPORT, Level.MUNICIPAL, ReportingPeriod.parse("2024-Q4")));
        assertEquals("План международных мероприятий муниципальных образований Смоленской области на II полугодие "
                + "2024 года",
                OfficialTitle.text(DocumentKind.PLAN, Level.MUNICIPAL, ReportingPeriod.parse("2024-H2")));
    }

    @Test
    void regionalReportOnThreeLines() {
        assertEquals(List.of("Отчет о мероприятиях в международной сфере, проведенных исполнительными органами",
                "Смоленской области и подведомственными им учреждениями", "во II квартале 2025 года"),
                OfficialTitle.lines(DocumentKind.REPORT, Level.REGIONAL, ReportingPeriod.parse("2025-Q2")));
    }

    @Test
    void prepositionIsVoOnlyBeforeTwo() {
        assertEquals("в I квартале 2025 года", PeriodPhrase.of(DocumentKind.REPORT, ReportingPeriod.quarter(2025, 1)));
        assertEquals("во II квартале 2025 года",
                PeriodPhrase.of(DocumentKind.REPORT, ReportingPeriod.quarter(2025, 2)));
        assertEquals("в III квартале 2025 года",
                PeriodPhrase.of(DocumentKind.REPORT, ReportingPeriod.quarter(2025, 3)));
        assertEquals("в IV квартале 2025 года", PeriodPhrase.of(DocumentKind.REPORT, ReportingPeriod.quarter(2025, 4)));
        assertEquals("на II полугодие 2026 года",
                PeriodPhrase.of(DocumentKind.PLAN, ReportingPeriod.halfYear(2026, 2)));
    }
}
