package ru.smolensk.registry.integration.office.write;

import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The period in words as the official titles print it: «на I полугодие 2026 года» for plans,
 * «во II квартале 2025 года» / «в IV квартале 2025 года» for reports.
 */
public final class PeriodPhrase {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodPhrase() {
    }

    /**
     * The phrase for a document of the given kind: a plan is made «на» (for) a period, a report tells
     * what was done «в»/«во» (in) a period. Half-years and quarters are both accepted for either kind.
     */
    public static String of(DocumentKind kind, ReportingPeriod period) {
        String roman = ROMAN[period.number() - 1];
        boolean halfYear = period.type() == PeriodType.HALF_YEAR;
        if (kind == DocumentKind.PLAN) {
            return "на " + roman + (halfYear ? " полугодие " : " квартал ") + period.year() + " года";
        }
        String preposition = "II".equals(roman) ? "во " : "в ";
        return preposition + roman + (halfYear ? " полугодии " : " квартале ") + period.year() + " года";
    }
}
