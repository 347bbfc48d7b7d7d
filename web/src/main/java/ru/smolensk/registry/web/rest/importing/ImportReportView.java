package ru.smolensk.registry.web.rest.importing;

import java.util.List;

import ru.smolensk.registry.domain.application.importing.ImportIssue;
import ru.smolensk.registry.domain.application.importing.ImportReport;
import ru.smolensk.registry.domain.application.importing.RowPreview;

/**
 * The JSON of an import report; {@code level} and {@code period} are null when they could not be decided,
 * {@code organization} is the organisation of a single organisation's document (null for a consolidated one) and
 * {@code organizationSuggestions} the organisations its title may mean when none was matched; {@code rows} lists
 * every row against what is stored ({@code NEW}, {@code CHANGED}, {@code UNCHANGED}, {@code DELETED}, {@code KEPT}),
 * {@code existing} the plans or reports already stored that the rows go into.
 */
public record ImportReportView(String kind, String level, String period, int events, List<SectionView> sections,
        List<IssueView> warnings, List<IssueView> errors, boolean applied, int created, int updated, int unchanged,
        int deleted, ImportReport.Reference organization, List<ImportReport.Reference> organizationSuggestions,
        List<Long> submissions, int kept, List<RowView> rows, List<ImportReport.ExistingDocument> existing) {

    /** A row of the file against the entry stored at its place; dates as understood (ISO), null when not. */
    public record RowView(String organization, String number, String name, String datesText, String start,
            String end, String change, Long entryId, boolean typedOnScreen) {
        static RowView of(RowPreview r) {
            return new RowView(r.organization().code(), r.number(), r.name(), r.datesText(),
                    r.start() == null ? null : r.start().toString(), r.end() == null ? null : r.end().toString(),
                    r.change().name(), r.entryId(), r.typedOnScreen());
        }
    }

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
                r.organizationSuggestions(), r.submissions(), r.kept(), r.rows().stream().map(RowView::of).toList(),
                r.existing());
    }
}
