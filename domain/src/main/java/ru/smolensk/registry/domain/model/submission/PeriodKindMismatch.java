package ru.smolensk.registry.domain.model.submission;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;

/** A plan is made for a half-year, a report for a quarter. */
public class PeriodKindMismatch extends DomainException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "period-kind-mismatch";

    public PeriodKindMismatch(DocumentKind kind, ReportingPeriod period) {
        super(CODE, kind == DocumentKind.PLAN
                ? "План составляется на полугодие (например, 2026-H1), а не на " + period.russianName()
                : "Отчет составляется за квартал (например, 2025-Q4), а не за " + period.russianName());
    }
}
