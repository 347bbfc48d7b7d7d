package ru.smolensk.registry.domain.application.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import ru.smolensk.registry.domain.application.importing.ImportOptions.HandEdits;
import ru.smolensk.registry.domain.application.importing.RowPreview.Change;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionLocked;

/** What an import would do: rows per owning organisation, the differences to stored entries, issues. */
final class ImportPlan {

    /** Errors that only ask for a choice the person can make in the preview. */
    static final Set<String> CHOICE_CODES = Set.of("confirmation-required", "hand-edits-choice-required");

    final List<ImportReport.SectionReport> sections = new ArrayList<>();
    final List<ImportIssue> warnings = new ArrayList<>();
    final List<ImportIssue> errors = new ArrayList<>();
    final Map<Organization, List<PlannedRow>> rowsByOwner = new LinkedHashMap<>();
    final Map<Organization, Submission> existing = new LinkedHashMap<>();
    final List<RowPreview> rows = new ArrayList<>();
    /** The ids of stored entries typed on screen that stay as typed. */
    final Set<Long> kept = new HashSet<>();
    Organization issuer;
    List<ImportReport.Reference> suggestions = List.of();
    boolean replaceConfirmed;
    HandEdits handEdits;
    boolean dryRun;
    final List<Long> submissionIds = new ArrayList<>();
    int created;
    int updated;
    int unchanged;
    int deleted;

    void add(ImportIssue issue) {
        (issue.isError() ? errors : warnings).add(issue);
    }

    /** The rows of an organisation that has no plan or report for the period yet: all new. */
    void allNew(Organization owner, List<PlannedRow> planned) {
        created += planned.size();
        planned.forEach(row -> rows.add(preview(owner, row, Change.NEW, null)));
    }

    /** Compares the planned rows of one organisation with its stored entries (matched by position). */
    void diff(Submission submission, List<PlannedRow> planned, List<EventEntry> stored) {
        int before = created + updated + deleted;
        Organization owner = submission.organization();
        List<EventEntry> byHand = new ArrayList<>();
        for (int i = 0; i < Math.max(planned.size(), stored.size()); i++) {
            EventEntry entry = i < stored.size() ? stored.get(i) : null;
            PlannedRow row = i < planned.size() ? planned.get(i) : null;
            if (entry == null) {
                created++;
                rows.add(preview(owner, row, Change.NEW, null));
                continue;
            }
            if (row != null && row.sameAs(entry)) {
                unchanged++;
                rows.add(preview(owner, row, Change.UNCHANGED, entry));
                continue;
            }
            if (entry.typedOnScreen()) {
                byHand.add(entry);
                if (handEdits == HandEdits.KEEP) {
                    kept.add(entry.id());
                    rows.add(stored(owner, row == null ? null : row.number(), entry, Change.KEPT));
                    continue;
                }
            }
            if (row == null) {
                deleted++;
                rows.add(stored(owner, null, entry, Change.DELETED));
            } else {
                updated++;
                rows.add(preview(owner, row, Change.CHANGED, entry));
            }
        }
        checkPartnerRecords(submission, planned, stored);
        checkHandEdits(submission, byHand);
        if (created + updated + deleted > before) {
            try {
                submission.ensureEditable();
            } catch (SubmissionLocked e) {
                add(ImportIssue.error(null, null, SubmissionLocked.CODE, (submission.kind() == DocumentKind.PLAN
                        ? "План"
                        : "Отчет") + " организации «" + submission.organization().nameOn(submission.period().start())
                        + "» " + (submission.kind() == DocumentKind.PLAN ? "на " : "за ") + submission.period()
                                .russianName()
                        + ": " + e.getMessage()));
            }
        }
    }

    private void checkPartnerRecords(Submission submission, List<PlannedRow> planned, List<EventEntry> stored) {
        long fromPartners = 0;
        for (int i = 0; i < stored.size(); i++) {
            boolean replaced = i >= planned.size() || !planned.get(i).sameAs(stored.get(i));
            if (replaced && stored.get(i).sourceSystem() != null && !kept.contains(stored.get(i).id())) {
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
    }

    /** Entries typed on screen that the file would replace or delete: named, and kept or replaced as chosen. */
    private void checkHandEdits(Submission submission, List<EventEntry> byHand) {
        if (byHand.isEmpty()) {
            return;
        }
        StringJoiner named = new StringJoiner("; ");
        byHand.forEach(e -> named.add("№ " + e.ordinal() + " «" + e.columns().name() + "»"));
        String whose = "В " + (submission.kind() == DocumentKind.PLAN ? "плане" : "отчете") + " организации «"
                + submission.organization().nameOn(submission.period().start()) + "» ";
        boolean one = byHand.size() == 1;
        String which = one
                ? "запись, измененная на экране после последней загрузки: " + named
                : byHand.size() + " записей (записи), измененные на экране после последней загрузки: " + named;
        if (handEdits == null) {
            String text = whose + which + (one
                    ? ". Файл заменит или удалит ее. Выберите, сохранить ее или заменить данными файла"
                    : ". Файл заменит или удалит их. Выберите, сохранить их или заменить данными файла");
            add(dryRun
                    ? ImportIssue.warning(null, null, "hand-edits-found", text)
                    : ImportIssue.error(null, null, "hand-edits-choice-required", text));
        } else if (handEdits == HandEdits.KEEP) {
            add(ImportIssue.warning(null, null, "hand-edits-kept", whose + which + (one
                    ? ". Она сохраняется, строка файла на ее месте не загружается"
                    : ". Они сохраняются, строки файла на их месте не загружаются")));
        } else {
            add(ImportIssue.warning(null, null, "hand-edits-replaced", whose + which + (one
                    ? ". Она заменяется данными файла"
                    : ". Они заменяются данными файла")));
        }
    }

    private static RowPreview preview(Organization owner, PlannedRow row, Change change, EventEntry entry) {
        DateRange dates = row.normalized().values().dates();
        return new RowPreview(reference(owner, row.on()), row.number(), row.columns().name(), row.columns().dates(),
                dates == null ? null : dates.start(), dates == null ? null : dates.end(), change,
                entry == null ? null : entry.id(), entry != null && entry.typedOnScreen());
    }

    /** A stored entry that stays (at the place of the file's row with that number) or goes. */
    private static RowPreview stored(Organization owner, String number, EventEntry entry, Change change) {
        DateRange dates = entry.dates();
        return new RowPreview(reference(owner, entry.submission().period().start()), number, entry.columns().name(),
                entry.columns().dates(), dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                change, entry.id(), entry.typedOnScreen());
    }

    private static ImportReport.Reference reference(Organization owner, java.time.LocalDate on) {
        return new ImportReport.Reference(owner.code(), owner.nameOn(on));
    }

    ImportReport report(ImportedDocument document, boolean applied) {
        ImportReport.Reference organization = issuer == null
                ? null
                : new ImportReport.Reference(issuer.code(), document.period() == null
                        ? issuer.currentName()
                        : issuer.nameOn(document.period().start()));
        List<ImportReport.ExistingDocument> stored = existing.entrySet().stream()
                .map(e -> new ImportReport.ExistingDocument(new ImportReport.Reference(e.getKey().code(),
                        e.getKey().nameOn(e.getValue().period().start())), e.getValue().id()))
                .toList();
        return new ImportReport(document.kind(), document.level(), document.period(), document.rowCount(), sections,
                warnings, errors, applied, created, updated, unchanged, deleted, organization, suggestions,
                applied ? submissionIds : List.of(), kept.size(), rows, stored);
    }
}
