package ru.smolensk.registry.web.rest.submission;

import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Russian labels of the workflow's values, for people reading the API's answers. */
public final class SubmissionLabels {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private SubmissionLabels() {
    }

    public static String status(SubmissionStatus status) {
        return status == null ? null : switch (status) {
            case DRAFT -> "Черновик";
            case SUBMITTED -> "На рассмотрении";
            case RETURNED -> "Возвращен на доработку";
            case APPROVED -> "Утвержден";
        };
    }

    public static String kind(DocumentKind kind) {
        return kind == DocumentKind.PLAN ? "План" : "Отчет";
    }

    public static String level(Level level) {
        return level == Level.MUNICIPAL ? "Муниципальный" : "Региональный";
    }

    /** E.g. «I полугодие 2026 года», «IV квартал 2025 года». */
    public static String period(ReportingPeriod period) {
        return ROMAN[period.number() - 1] + (period.type() == PeriodType.HALF_YEAR ? " полугодие " : " квартал ")
                + period.year() + " года";
    }
}
