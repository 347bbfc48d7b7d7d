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
 * @param kept stored entries typed on screen that stay as typed (the person chose to keep them)
 * @param rows every row of the file against what is stored, and the stored entries the file no longer has
 * @param existing the plans or reports already stored that the rows go into
 */
public record ImportReport(DocumentKind kind, Level level, ReportingPeriod period, int events,
        List<SectionReport> sections, List<ImportIssue> warnings, List<ImportIssue> errors, boolean applied,
        int created, int updated, int unchanged, int deleted, Reference organization,
        List<Reference> organizationSuggestions, List<Long> submissions, int kept, List<RowPreview> rows,
        List<ExistingDocument> existing) {

    public ImportReport {
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
        organizationSuggestions = List.copyOf(organizationSuggestions);
        submissions = List.copyOf(submissions);
        rows = List.copyOf(rows);
        existing = List.copyOf(existing);
    }

    /** How one section was matched. */
    public record SectionReport(String title, Reference organization, Reference sphere, int events,
            List<String> suggestions) {
    }

    /** A matched organisation or sphere. */
    public record Reference(String code, String name) {
    }

    /** A plan or report already stored that the import compares with and writes into. */
    public record ExistingDocument(Reference organization, long submission) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether the only errors are choices the person may make in the preview (confirmations). */
    public boolean onlyChoicesMissing() {
        return !errors.isEmpty() && errors.stream().allMatch(e -> ImportPlan.CHOICE_CODES.contains(e.code()));
    }

    /** Whether stored entries typed on screen would be replaced, deleted or kept. */
    public boolean touchesHandEdits() {
        return rows.stream().anyMatch(r -> r.typedOnScreen() && r.change() != RowPreview.Change.UNCHANGED);
    }
}
