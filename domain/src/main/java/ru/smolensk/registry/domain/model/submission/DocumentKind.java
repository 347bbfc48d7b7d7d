package ru.smolensk.registry.domain.model.submission;

import ru.smolensk.registry.domain.model.period.PeriodType;

/** Plan of events (per half-year) or report on held events (per quarter). */
public enum DocumentKind {
    PLAN(PeriodType.HALF_YEAR), REPORT(PeriodType.QUARTER);

    private final PeriodType periodType;

    DocumentKind(PeriodType periodType) {
        this.periodType = periodType;
    }

    /** The kind of reporting period a document of this kind covers. */
    public PeriodType periodType() {
        return periodType;
    }
}
