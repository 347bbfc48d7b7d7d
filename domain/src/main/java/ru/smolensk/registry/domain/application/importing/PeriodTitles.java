package ru.smolensk.registry.domain.application.importing;

import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/** A period in the words staff use: «II квартал 2025 года», «I полугодие 2026 года». */
public final class PeriodTitles {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodTitles() {
    }

    public static String of(ReportingPeriod period) {
        return ROMAN[period.number() - 1] + (period.type() == PeriodType.HALF_YEAR ? " полугодие " : " квартал ")
                + period.start().getYear() + " года";
    }
}
