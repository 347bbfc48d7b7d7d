package ru.smolensk.registry.web.rest.importing;

import java.util.List;

import ru.smolensk.registry.domain.application.importing.ImportIssue;
import ru.smolensk.registry.domain.application.importing.ImportReport;

/**
 * The JSON of an import report; {@code level} and {@code period} are null when they could not be decided,
 * {@code organization} is the organisation of a single organisation's document (null for a consolidated one) and
 * {@code organizationSuggestions} the organisations its title may mean when none was matched.
 */
public record ImportReportView(String kind, String level, String period, int events, List<SectionView> sections,
        List<IssueView> warnings, List<IssueView> errors, boolean applied, int created, int updated, int unchanged,
        int deleted, ImportReport.Reference organization, List<ImportReport.Reference> organizationSuggestions,
        List<Long> submissions) {

    /** How a section was matched. */
    public record SectionView(String title, ImportReport.Reference organization, ImportReport.Reference sphere,
            int events, List<String> suggestions) {
    }

    /** A warning or error, with the row number as printed and the column. */
    public record IssueView(String row, String column, String message, String code) {
        static IssueView of(ImportIssue i) {
            return new IssueView(i.row(), i.column() == null ? null : i.column().name(), i.message(), i.code());
        }
    }

    public static ImportReportView of(ImportReport r) {
        return new ImportReportView(r.kind().name(), r.level() == null ? null : r.level().name(),
                r.period() == null ? null : r.period().code(), r.events(),
                r.sections().stream()
                        .map(s -> new SectionView(s.title(), s.organization(), s.sphere(), s.events(), s.suggestions()))
                        .toList(),
                r.warnings().stream().map(IssueView::of).toList(), r.errors().stream().map(IssueView::of).toList(),
                r.applied(), r.created(), r.updated(), r.unchanged(), r.deleted(), r.organization(),
                r.organizationSuggestions(), r.submissions());
    }
}
