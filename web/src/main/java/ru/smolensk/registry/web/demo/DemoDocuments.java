package ru.smolensk.registry.web.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.SystemUser;
import ru.smolensk.registry.domain.application.importing.DocumentImportService;
import ru.smolensk.registry.domain.application.importing.ImportReport;
import ru.smolensk.registry.domain.application.importing.ImportedDocument;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.integration.office.importing.ImportedDocuments;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;

/**
 * Loads the customer's sample documents into an empty demo registry, so a newcomer sees a populated
 * registry: the reports and the regional plan approved, the municipal plan left as drafts for the
 * operators to work on.
 */
@ApplicationScoped
public class DemoDocuments {

    private static final Logger LOG = Logger.getLogger(DemoDocuments.class.getName());
    static final List<String> FILES = List.of("report-municipal-2025-Q4.docx", "report-regional-2025-Q2.docx",
            "plan-regional-2026-H2.docx", "plan-municipal-2026-H1.docx");

    @Inject
    DocumentImportService imports;

    @Inject
    SubmissionRepository submissions;

    @Transactional
    public void loadIntoEmptyRegistry() {
        ImportedDocuments reader = new ImportedDocuments(new OfficialDocumentReader());
        for (String file : FILES) {
            ImportedDocument document = read(reader, file);
            if (!submissions.findByPeriod(document.period(), document.kind(), document.level()).isEmpty()) {
                continue;
            }
            ImportReport report = imports.importAs(SystemUser.DEMO_LOADER, document, false);
            boolean approve = document.kind() == DocumentKind.REPORT
                    || document.level() == Level.REGIONAL;
            if (approve) {
                OffsetDateTime now = OffsetDateTime.now();
                for (Submission s : submissions.findByPeriod(document.period(), document.kind(), document.level())) {
                    if (s.status() == SubmissionStatus.DRAFT) {
                        s.submit(SystemUser.DEMO_LOADER.username(), now);
                        s.approve(SystemUser.DEMO_LOADER.username(), now, "Демонстрационные данные");
                    }
                }
            }
            LOG.info(() -> "Demo document " + file + ": " + report.created() + " events");
        }
    }

    private static ImportedDocument read(ImportedDocuments reader, String file) {
        try (InputStream in = DemoDocuments.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Demo document missing from the application: " + file);
            }
            return reader.read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
