package ru.smolensk.registry.web.ui.importing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ru.smolensk.registry.domain.application.importing.DocumentImportService;
import ru.smolensk.registry.domain.application.importing.ImportIssue;
import ru.smolensk.registry.domain.application.importing.ImportRejectedException;
import ru.smolensk.registry.domain.application.importing.ImportReport;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.web.upload.UploadReader;
import ru.smolensk.registry.web.ui.Texts;

/**
 * The import screen. {@link #check} reads the uploaded file and runs the import as a dry run (nothing
 * is written); the preview shows the matched sections, counts, warnings and errors. {@link #confirm}
 * imports the same file for real, {@link #cancel} forgets it.
 */
@Named("importPage")
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentImportService imports;

    @Inject
    UploadReader uploads;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private transient ImportReport report;

    /** Reads the chosen file and shows what importing it would do. */
    public void check() {
        if (file == null || file.getSize() == 0) {
            Texts.error("import.noFile");
            return;
        }
        content = file.getContent();
        fileName = file.getFileName();
        report = null;
        run(true);
    }

    /** Imports the checked file. */
    public void confirm() {
        if (content == null) {
            Texts.error("import.noFile");
            return;
        }
        ImportReport done = run(false);
        if (done != null) {
            Texts.info("import.done", String.valueOf(done.created()), String.valueOf(done.updated()),
                    String.valueOf(done.deleted()), String.valueOf(done.unchanged()));
            forget();
        }
    }

    /** Forgets the checked file without importing it. */
    public void cancel() {
        forget();
        Texts.info("import.cancelled");
    }

    private ImportReport run(boolean dryRun) {
        try {
            ImportReport result = imports.importDocument(uploads.read(new ByteArrayInputStream(content), fileName),
                    dryRun);
            report = result;
            return result;
        } catch (ImportRejectedException e) {
            report = e.report();
            Texts.error("import.rejected");
        } catch (DomainException e) {
            report = null;
            content = null;
            Texts.error("import.unreadable", e.getMessage());
        }
        return null;
    }

    private void forget() {
        content = null;
        fileName = null;
        report = null;
    }

    /** Whether a checked file without errors waits for confirmation. */
    public boolean isConfirmable() {
        return report != null && !report.hasErrors() && !report.applied() && content != null;
    }

    /** Errors first, then warnings, for one table. */
    public List<ImportIssue> getIssues() {
        List<ImportIssue> issues = new ArrayList<>();
        if (report != null) {
            issues.addAll(report.errors());
            issues.addAll(report.warnings());
        }
        return issues;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
