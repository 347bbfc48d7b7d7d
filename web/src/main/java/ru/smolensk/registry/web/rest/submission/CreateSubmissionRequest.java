package ru.smolensk.registry.web.rest.submission;

/**
 * The body of a new draft: organisation code (an operator may omit it), period code and kind.
 * Public fields for JSON-B.
 */
public class CreateSubmissionRequest {

    /** The organisation's code, e.g. {@code smolensk}. */
    public String organization;

    /** The period code, e.g. {@code 2026-H1} for a plan, {@code 2025-Q4} for a report. */
    public String period;

    /** {@code PLAN} or {@code REPORT}. */
    public String kind;
}
