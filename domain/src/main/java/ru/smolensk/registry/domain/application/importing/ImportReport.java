package ru.smolensk.registry.domain.application.importing;

import java.util.List;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * The outcome of an import (or of its dry run): what the document is, how its sections were
 * matched, what would change or changed, and every warning and error.
 *
 * @param level the level imported under; null when it could not be decided (then {@code errors} says why)
 * @param period the period imported under; null when it could not be decided
 * @param organization the organisation a single organisation's document belongs to, or null for a consolidated one
 * @param organizationSuggestions organisations the title may mean when none could be matched
 * @param submissions the ids of the plans or reports the rows went into (after a real import; empty for a dry run)
 */
public record ImportReport(DocumentKind kind, Level level, ReportingPeriod period, int events,
        List<SectionReport> sections, List<ImportIssue> warnings, List<ImportIssue> errors, boolean applied,
        int created, int updated, int unchanged, int deleted, Reference organization,
        List<Reference> organizationSuggestions, List<Long> submissions) {

    public ImportReport {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        organizationSuggestions = List.copyOf(organizationSuggestions);
        submissions = List.copyOf(submissions);
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
