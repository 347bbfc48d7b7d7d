package ru.smolensk.registry.domain.application.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionLocked;

/** What an import would do: rows per owning organisation, the differences to stored entries, issues. */
final class ImportPlan {

    final List<ImportReport.SectionReport> sections = new ArrayList<>();
    final List<ImportIssue> warnings = new ArrayList<>();
    final List<ImportIssue> errors = new ArrayList<>();
    final Map<Organization, List<PlannedRow>> rowsByOwner = new LinkedHashMap<>();
    final Map<Organization, Submission> existing = new LinkedHashMap<>();
    Organization issuer;
    List<ImportReport.Reference> suggestions = List.of();
    boolean replaceConfirmed;
    final List<Long> submissionIds = new ArrayList<>();
    int created;
    int updated;
    int unchanged;
    int deleted;

    void add(ImportIssue issue) {
        (issue.isError() ? errors : warnings).add(issue);
    }

    /** Compares the planned rows of one organisation with its stored entries (matched by position). */
    void diff(Submission submission, List<PlannedRow> rows, List<EventEntry> stored) {
        int before = created + updated + deleted;
        for (int i = 0; i < rows.size(); i++) {
            if (i >= stored.size()) {
                created++;
            } else if (rows.get(i).sameAs(stored.get(i))) {
                unchanged++;
            } else {
                updated++;
            }
        }
        deleted += Math.max(0, stored.size() - rows.size());
        long fromPartners = 0;
        for (int i = 0; i < stored.size(); i++) {
            boolean replaced = i >= rows.size() || !rows.get(i).sameAs(stored.get(i));
            if (replaced && stored.get(i).sourceSystem() != null) {
                fromPartners++;
            }
        }
        if (fromPartners > 0) {
            String what = fromPartners + " " + (fromPartners == 1 ? "запись" : "записей (записи)")
                    + ", полученные из другой информационной системы, будут заменены или удалены";
            add(replaceConfirmed
                    ? ImportIssue.warning(null, null, "replaces-partner-records", "Подтверждено: " + what)
                    : ImportIssue.error(null, null, "confirmation-required", "В документе организации «"
                            + submission.organization().nameOn(submission.period().start()) + "» " + what
                            + ". Подтвердите замену, чтобы загрузить файл"));
        }
        if (created + updated + deleted > before) {
            try {
                submission.ensureEditable();
            } catch (SubmissionLocked e) {
                add(ImportIssue.error(null, null, SubmissionLocked.CODE, (submission.kind() == DocumentKind.PLAN
                        ? "План"
                        : "Отчет") + " организации «" + submission.organization().nameOn(submission.period().start())
                        + "» за период " + submission.period() + ": " + e.getMessage()));
            }
        }
    }

    ImportReport report(ImportedDocument document, boolean applied) {
        ImportReport.Reference organization = issuer == null
                ? null
                : new ImportReport.Reference(issuer.code(), document.period() == null
                        ? issuer.currentName()
                        : issuer.nameOn(document.period().start()));
        return new ImportReport(document.kind(), document.level(), document.period(), document.rowCount(), sections,
                warnings, errors, applied, created, updated, unchanged, deleted, organization, suggestions,
                applied ? submissionIds : List.of());
    }
}
