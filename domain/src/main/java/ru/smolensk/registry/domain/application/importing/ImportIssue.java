package ru.smolensk.registry.domain.application.importing;

import ru.smolensk.registry.domain.model.event.EventField;

/**
 * A problem found while importing: an error blocks the import, a warning does not.
 *
 * @param row the row number as printed in the document, or null for the document or a section
 * @param column the column, or null
 * @param message in Russian
 * @param code a stable machine code
 */
public record ImportIssue(Severity severity, String row, EventField column, String message, String code) {

    /** Whether the issue blocks the import. */
    public enum Severity {
        WARNING, ERROR
    }

    public static ImportIssue warning(String row, EventField column, String code, String message) {
        return new ImportIssue(Severity.WARNING, row, column, message, code);
    }

    public static ImportIssue error(String row, EventField column, String code, String message) {
        return new ImportIssue(Severity.ERROR, row, column, message, code);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
