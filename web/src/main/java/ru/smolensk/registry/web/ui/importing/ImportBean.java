package ru.smolensk.registry.web.ui.importing;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.importing.DocumentImportService;
import ru.smolensk.registry.domain.application.importing.ImportIssue;
import ru.smolensk.registry.domain.application.importing.ImportOptions;
import ru.smolensk.registry.domain.application.importing.ImportRejectedException;
import ru.smolensk.registry.domain.application.importing.ImportReport;
import ru.smolensk.registry.domain.application.importing.RowPreview;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.upload.UploadReader;

/**
 * The import screen. {@link #check} reads the uploaded file and runs the import as a dry run (nothing is written);
 * the preview shows what the document is, each row as new, changed or unchanged against the plan or report already
 * stored, warnings and errors. When the title names no organisation or period that can be matched, the person picks
 * them here (an operator only their own organisation) and {@link #recheck}s; entries typed on screen since the last
 * import are kept or replaced as chosen. {@link #confirm} imports the same file for real once the person ticked the
 * confirmation, {@link #cancel} forgets it.
 *
 * <p>
 * Unlike the other screens' beans it is kept in the session, not in the page's view state: it holds the uploaded file
 * between the check and the confirmation, which would travel in every post of the page. If its server stops, the
 * person chooses the file again on another one.
 */
@Named("importPage")
@ViewScoped
public class ImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The errors the person resolves on this screen by a choice rather than by correcting the file. */
    private static final Set<String> ON_SCREEN = Set.of("unknown-organization", "foreign-organization",
            "unknown-period", "confirmation-required", "hand-edits-choice-required");

    @Inject
    DocumentImportService imports;

    @Inject
    UploadReader uploads;

    @Inject
    CurrentUser user;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    SubmissionService submissions;

    @Inject
    PeriodChoices periods;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private transient ImportReport report;
    private String organizationCode;
    private String periodCode;
    private boolean periodChosen;
    private String handEdits;
    private boolean replaceConfirmed;
    private boolean confirmed;
    private List<DocumentLink> imported = List.of();

    /** An organisation to choose: code and name. */
    public record Choice(String code, String label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A plan or report the rows went into (or already are in), for a link to its page. */
    public record DocumentLink(long id, String label) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Reads the chosen file and shows what importing it would do. */
    public void check() {
        if (file == null || file.getSize() == 0) {
            Texts.error("import.noFile");
            return;
        }
        content = file.getContent();
        fileName = file.getFileName();
        report = null;
        organizationCode = null;
        periodCode = null;
        periodChosen = false;
        handEdits = null;
        replaceConfirmed = false;
        confirmed = false;
        imported = List.of();
        run(true);
        if (report != null && report.organization() != null) {
            organizationCode = report.organization().code();
        } else if (organizationCode == null && !user.seesAllOrganizations()) {
            organizationCode = user.organization().map(Organization::code).orElse(null);
        }
    }

    /** Checks the file again with the organisation, period and choices picked on screen (to be confirmed anew). */
    public void recheck() {
        if (content == null) {
            Texts.error("import.noFile");
            return;
        }
        periodChosen = periodChosen || periodCode != null && !periodCode.isBlank();
        confirmed = false;
        run(true);
    }

    /** Imports the checked file with what was picked on screen, once the person confirmed it. */
    public void confirm() {
        if (content == null) {
            Texts.error("import.noFile");
            return;
        }
        if (!confirmed) {
            Texts.error("import.confirmRequired");
            return;
        }
        if (report != null && report.touchesHandEdits() && handEdits == null) {
            Texts.error("import.handEditsRequired");
            return;
        }
        ImportReport done = run(false);
        if (done != null) {
            Texts.info("import.done", String.valueOf(done.created()), String.valueOf(done.updated()),
                    String.valueOf(done.deleted()), String.valueOf(done.unchanged()));
            imported = done.submissions().stream().map(this::link).toList();
            forget();
        }
    }

    /** Forgets the checked file without importing it. */
    public void cancel() {
        forget();
        imported = List.of();
        Texts.info("import.cancelled");
    }

    private ImportReport run(boolean dryRun) {
        try {
            ImportReport result = imports.importDocument(uploads.read(new ByteArrayInputStream(content), fileName),
                    options(), dryRun);
            report = result;
            return result;
        } catch (ImportRejectedException e) {
            report = e.report();
            Texts.error(e.report().errors().stream().allMatch(i -> ON_SCREEN.contains(i.code()))
                    ? "import.choicesMissing"
                    : "import.rejected");
        } catch (DomainException e) {
            report = null;
            content = null;
            Texts.error("import.unreadable", e.getMessage());
        }
        return null;
    }

    private ImportOptions options() {
        boolean ownDocument = report != null && (report.organization() != null || isOrganizationUnknown());
        String organization = ownDocument && organizationCode != null && !organizationCode.isBlank()
                ? organizationCode
                : null;
        ReportingPeriod period = periodChosen && periodCode != null && !periodCode.isBlank()
                ? ReportingPeriod.parse(periodCode)
                : null;
        return new ImportOptions(organization, period, replaceConfirmed,
                handEdits == null ? null : ImportOptions.HandEdits.valueOf(handEdits));
    }

    private DocumentLink link(long submissionId) {
        Submission s = submissions.get(submissionId).submission();
        return new DocumentLink(submissionId, periods.documentTitle(s.kind(), s.period().code(),
                s.organization().nameOn(s.period().start())));
    }

    private void forget() {
        content = null;
        fileName = null;
        report = null;
        confirmed = false;
    }

    /** Whether a checked file waits for confirmation: no errors but the choices this screen offers. */
    public boolean isConfirmable() {
        return report != null && !report.applied() && content != null
                && (!report.hasErrors() || report.onlyChoicesMissing());
    }

    /** Whether the title names no organisation that could be matched (the person picks one). */
    public boolean isOrganizationUnknown() {
        return has("unknown-organization") || has("foreign-organization");
    }

    /** Whether the organisation may be picked: a single organisation's document, or one whose title names none. */
    public boolean isOrganizationChoice() {
        return report != null && content != null && (report.organization() != null || isOrganizationUnknown());
    }

    /** Whether the period may be picked: the title names none (or the person picked one). */
    public boolean isPeriodChoice() {
        return report != null && content != null && (has("unknown-period") || periodChosen);
    }

    /** Whether the file would replace records received from a partner system. */
    public boolean isPartnerRecords() {
        return has("confirmation-required") || has("replaces-partner-records");
    }

    private boolean has(String code) {
        return report != null && (report.errors().stream().anyMatch(i -> i.code().equals(code))
                || report.warnings().stream().anyMatch(i -> i.code().equals(code)));
    }

    /**
     * The organisations to pick from: an operator only their own; the coordinator the title's likely ones first,
     * then every organisation in the official order.
     */
    public List<Choice> getOrganizations() {
        if (!user.seesAllOrganizations()) {
            return user.organization().map(o -> List.of(new Choice(o.code(), o.currentName()))).orElse(List.of());
        }
        Map<String, Choice> choices = new LinkedHashMap<>();
        if (report != null) {
            report.organizationSuggestions().forEach(s -> choices.put(s.code(), new Choice(s.code(), s.name())));
        }
        referenceData.organizations(null)
                .forEach(o -> choices.putIfAbsent(o.code(), new Choice(o.code(), o.currentName())));
        return new ArrayList<>(choices.values());
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

    /** The preview's rows, each against what is stored. */
    public List<RowPreview> getRows() {
        return report == null ? List.of() : report.rows();
    }

    /** The plans or reports already stored that the rows go into. */
    public List<DocumentLink> getExisting() {
        if (report == null || report.period() == null) {
            return List.of();
        }
        return report.existing().stream().map(e -> new DocumentLink(e.submission(),
                periods.documentTitle(report.kind(), report.period().code(), e.organization().name()))).toList();
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

    public String getOrganizationCode() {
        return organizationCode;
    }

    public void setOrganizationCode(String organizationCode) {
        this.organizationCode = organizationCode;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }

    public String getHandEdits() {
        return handEdits;
    }

    public void setHandEdits(String handEdits) {
        this.handEdits = handEdits == null || handEdits.isBlank() ? null : handEdits;
    }

    public boolean isReplaceConfirmed() {
        return replaceConfirmed;
    }

    public void setReplaceConfirmed(boolean replaceConfirmed) {
        this.replaceConfirmed = replaceConfirmed;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public List<DocumentLink> getImported() {
        return imported;
    }
}
