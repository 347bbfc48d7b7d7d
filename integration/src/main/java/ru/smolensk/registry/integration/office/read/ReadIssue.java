package ru.smolensk.registry.integration.office.read;

import java.util.Objects;

import ru.smolensk.registry.domain.model.event.EventField;

/**
 * A problem found while reading a document that did not stop the reading.
 *
 * @param severity {@link Severity#ERROR} when the caller should reject the file, {@link Severity#WARNING} when a
 *            person should look at it
 * @param row the row number as printed in the first column (e.g. {@code 12.}), or null when the issue is not about
 *            an event row
 * @param field the column concerned, or null
 * @param message a Russian message for the person who uploaded the file
 * @param code a stable machine-readable code (see {@link IssueCode})
 */
public record ReadIssue(Severity severity, String row, EventField field, String message, String code) {

    /** How serious a read issue is. */
    public enum Severity {
        WARNING, ERROR
    }

    public ReadIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
    }

    /** An issue of the given kind with its default severity. */
    public static ReadIssue of(IssueCode code, String row, EventField field, String message) {
        return new ReadIssue(code.severity(), row, field, message, code.code());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
