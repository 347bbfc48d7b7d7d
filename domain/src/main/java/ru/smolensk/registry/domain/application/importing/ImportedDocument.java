package ru.smolensk.registry.domain.application.importing;

import java.util.List;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * The content of an official plan or report as read from a file, before it is matched to
 * organisations and spheres: what the import use case receives from a document reader.
 *
 * @param fileName the uploaded file's name, for the audit log
 * @param level the level the title's wording tells (consolidated documents), or null when it does not: a single
 *            organisation's document names the organisation instead, whose level it is
 * @param period the period the title tells, or null (then it is chosen in the preview)
 * @param readIssues warnings the reader found (row, column, message); errors never get this far
 * @param title the title on one line, where a single organisation's document names it; empty when there is none
 */
public record ImportedDocument(String fileName, DocumentKind kind, Level level, ReportingPeriod period,
        List<ImportedSection> sections, String note, List<ImportIssue> readIssues, String title) {

    public ImportedDocument {
        sections = List.copyOf(sections);
        readIssues = List.copyOf(readIssues);
        title = title == null ? "" : title;
    }

    /** A consolidated document read without its title. */
    public ImportedDocument(String fileName, DocumentKind kind, Level level, ReportingPeriod period,
            List<ImportedSection> sections, String note, List<ImportIssue> readIssues) {
        this(fileName, kind, level, period, sections, note, readIssues, "");
    }

    /** The same document with the level and period decided by the import. */
    ImportedDocument resolved(Level resolvedLevel, ReportingPeriod resolvedPeriod) {
        return new ImportedDocument(fileName, kind, resolvedLevel, resolvedPeriod, sections, note, readIssues, title);
    }

    /** How many sections have a title (a consolidated document has one per organisation or sphere). */
    public long titledSections() {
        return sections.stream().filter(s -> !s.title().isBlank()).count();
    }

    public int rowCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
