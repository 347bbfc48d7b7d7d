package ru.smolensk.registry.integration.office.importing;

import java.io.InputStream;
import java.util.List;

import ru.smolensk.registry.domain.application.importing.ImportIssue;
import ru.smolensk.registry.domain.application.importing.ImportedDocument;
import ru.smolensk.registry.domain.application.importing.ImportedRow;
import ru.smolensk.registry.domain.application.importing.ImportedSection;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;
import ru.smolensk.registry.integration.office.read.ReadIssue;
import ru.smolensk.registry.integration.office.read.ReadResult;

/**
 * Reads an uploaded Word (.docx, .doc), OpenDocument (.odt) or Excel (.xlsx, .xls) file into what the import use
 * case takes: the title (where a single organisation's document names it) and each row's extra columns included. Read errors become
 * errors of the import (reported together with matching errors); unreadable files throw.
 */
public final class ImportedDocuments {

    private final OfficialDocumentReader reader;

    public ImportedDocuments(OfficialDocumentReader reader) {
        this.reader = reader;
    }

    /**
     * @throws ru.smolensk.registry.integration.office.read.DocumentReadException when the file is not
     *             a readable official plan or report
     */
    public ImportedDocument read(InputStream in, String fileName) {
        ReadResult result = reader.read(in, fileName);
        return from(result, fileName);
    }

    static ImportedDocument from(ReadResult result, String fileName) {
        OfficialDocument doc = result.document();
        List<ImportedSection> sections = doc.sections().stream()
                .map(s -> new ImportedSection(s.title(),
                        s.rows().stream().map(r -> new ImportedRow(r.number(), r.cells(), r.extras())).toList()))
                .toList();
        List<ImportIssue> issues = result.issues().stream().map(ImportedDocuments::issue).toList();
        return new ImportedDocument(fileName, doc.kind(), doc.level(), doc.period(), sections, doc.note(), issues,
                result.title());
    }

    private static ImportIssue issue(ReadIssue i) {
        return new ImportIssue(i.isError() ? ImportIssue.Severity.ERROR : ImportIssue.Severity.WARNING, i.row(),
                i.field(), i.message(), i.code());
    }
}
