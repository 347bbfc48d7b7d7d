package ru.smolensk.registry.web.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The reporting periods offered in the screens' choice lists, newest first: half-years (plans) and
 * quarters (reports) from {@value #FIRST_YEAR} to next year, labelled in Russian.
 */
@Named("periods")
@ApplicationScoped
public class PeriodChoices {

    static final int FIRST_YEAR = 2024;

    /** Half-years and quarters, newest first. */
    public List<ReportingPeriod> all() {
        List<ReportingPeriod> all = new ArrayList<>(halfYears());
        all.addAll(quarters());
        all.sort(Collections.reverseOrder());
        return all;
    }

    public List<ReportingPeriod> halfYears() {
        return of(PeriodType.HALF_YEAR);
    }

    public List<ReportingPeriod> quarters() {
        return of(PeriodType.QUARTER);
    }

    /** E.g. «I полугодие 2026 года». */
    public String label(ReportingPeriod period) {
        return period == null ? "" : label(period.code());
    }

    /** The label of a period code such as {@code 2026-H1}. */
    public String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        ReportingPeriod period = ReportingPeriod.parse(code);
        return Texts.get("period." + period.type().letter() + period.number(), String.valueOf(period.year()));
    }

    /**
     * The title of an organisation's plan or report for a page and its heading, e.g. «План на I полугодие 2026 года —
     * Шумячский муниципальный округ» or «Отчет за IV квартал 2025 года — город Смоленск».
     */
    public String documentTitle(DocumentKind kind, String periodCode, String organization) {
        return titleOf(kind, periodCode, organization);
    }

    /** {@link #documentTitle} for code outside pages (messages of beans). */
    public static String titleOf(DocumentKind kind, String periodCode, String organization) {
        if (kind == null || periodCode == null || periodCode.isBlank()) {
            return "";
        }
        ReportingPeriod period = ReportingPeriod.parse(periodCode);
        String document = Texts.get("document.title." + kind.name(), Texts.get("period.of." + period.type().letter()
                + period.number(), String.valueOf(period.year())));
        return organization == null || organization.isBlank() ? document : document + " — " + organization;
    }

    /** The half-year that contains today. */
    public ReportingPeriod currentHalfYear() {
        return ReportingPeriod.containing(LocalDate.now(), PeriodType.HALF_YEAR);
    }

    /** The quarter before the current one (the one usually reported on). */
    public ReportingPeriod lastQuarter() {
        return ReportingPeriod.containing(LocalDate.now(), PeriodType.QUARTER).previous();
    }

    private static List<ReportingPeriod> of(PeriodType type) {
        List<ReportingPeriod> periods = new ArrayList<>();
        int lastYear = LocalDate.now().getYear() + 1;
        for (int year = lastYear; year >= FIRST_YEAR; year--) {
            for (int number = type.perYear(); number >= 1; number--) {
                periods.add(ReportingPeriod.of(year, type, number));
            }
        }
        return periods;
    }
}
