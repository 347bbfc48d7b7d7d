package ru.smolensk.registry.domain.model.submission;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/** Filters for submissions; a null filter is not applied. */
public record SubmissionQuery(ReportingPeriod period, DocumentKind kind, Level level, String organizationCode,
        SubmissionStatus status) {

    /** No filter at all: every submission. */
    public static SubmissionQuery all() {
        return new SubmissionQuery(null, null, null, null, null);
    }

    /** The same filters restricted to one organisation. */
    public SubmissionQuery ofOrganization(String code) {
        return new SubmissionQuery(period, kind, level, code, status);
    }
}
