package ru.smolensk.registry.domain.application.importing;

import java.util.List;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * The outcome of an import (or of its dry run): what the document is, how its sections were
 * matched, what would change or changed, and every warning and error.
 */
public record ImportReport(DocumentKind kind, Level level, ReportingPeriod period, int events,
        List<SectionReport> sections, List<ImportIssue> warnings, List<ImportIssue> errors, boolean applied,
        int created, int updated, int unchanged, int deleted) {

    public ImportReport {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    /** How one section was matched. */
    public record SectionReport(String title, Reference organization, Reference sphere, int events,
            List<String> suggestions) {
    }

    /** A matched organisation or sphere. */
    public record Reference(String code, String name) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
