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
 * @param readIssues warnings the reader found (row, column, message); errors never get this far
 */
public record ImportedDocument(String fileName, DocumentKind kind, Level level, ReportingPeriod period,
        List<ImportedSection> sections, String note, List<ImportIssue> readIssues) {

    public ImportedDocument {
        sections = List.copyOf(sections);
        readIssues = List.copyOf(readIssues);
    }

    public int rowCount() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }
}
