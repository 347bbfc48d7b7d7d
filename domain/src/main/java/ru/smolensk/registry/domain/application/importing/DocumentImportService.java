package ru.smolensk.registry.domain.application.importing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.EventSnapshots;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.importing.ImportReport.Reference;
import ru.smolensk.registry.domain.application.importing.ImportReport.SectionReport;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/**
 * Imports an official plan or report: matches its sections to organisations (municipal) or spheres
 * (regional, owned by the sphere's responsible body), normalizes every row and writes the rows into
 * the submissions they belong to, in one transaction. Re-importing the same document changes
 * nothing; a corrected version updates rows in place, and every change is audited. A dry run
 * reports the same without writing.
 */
@ApplicationScoped
public class DocumentImportService {

    private final RowNormalizer normalizer = new RowNormalizer();

    @Inject
    CampaignGuard campaigns;

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganizationRepository organizations;

    @Inject
    SphereRepository spheres;

    @Inject
    SubmissionRepository submissions;

    @Inject
    EventEntryRepository events;

    @Inject
    AuditLog audit;

    /** Imports as the signed-in user. */
    @Transactional
    public ImportReport importDocument(ImportedDocument document, boolean dryRun) {
        return importAs(currentUser, document, dryRun);
    }

    /**
     * Imports as the given user: coordinators import any section, operators only their own
     * organisation's (other sections are skipped with a warning).
     *
     * @throws ImportRejectedException when the document has errors (nothing is written)
     */
    @Transactional
    public ImportReport importAs(CurrentUser user, ImportedDocument document, boolean dryRun) {
        if (!user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException("Загружать документы могут координатор и операторы организаций");
        }
        ImportPlan plan = plan(user, document);
        if (!plan.errors.isEmpty()) {
            throw new ImportRejectedException(plan.report(document, false));
        }
        if (!dryRun) {
            apply(user, document, plan);
        }
        return plan.report(document, !dryRun);
    }

    private ImportPlan plan(CurrentUser user, ImportedDocument document) {
        ImportPlan plan = new ImportPlan();
        document.readIssues().forEach(plan::add);
        if (document.period().type() != document.kind().periodType()) {
            plan.add(ImportIssue.error(null, null, "period-kind-mismatch", "Период " + document.period()
                    + " не подходит для документа этого вида: план составляется на полугодие, отчет — за квартал"));
            return plan;
        }
        SectionMatcher matcher = new SectionMatcher(organizations.findAll(), spheres.findAll());
        LocalDate on = document.period().start();
        for (ImportedSection section : document.sections()) {
            Optional<Organization> owner;
            Reference orgRef = null;
            Reference sphereRef = null;
            Sphere sphere = null;
            List<String> suggestions = List.of();
            if (document.level() == Level.MUNICIPAL) {
                owner = matcher.organization(section.title()).filter(o -> o.level() == Level.MUNICIPAL);
                if (owner.isEmpty()) {
                    suggestions = matcher.suggestOrganizations(section.title(), on);
                    plan.add(ImportIssue.error(null, null, "unknown-organization", "Раздел «" + section.title().strip()
                            + "» не сопоставлен ни с одним муниципальным образованием. Возможно: "
                            + String.join("; ", suggestions)));
                }
            } else {
                Optional<Sphere> matched = matcher.sphere(section.title());
                sphere = matched.orElse(null);
                owner = matched.map(Sphere::responsibleOrganization);
                if (matched.isEmpty()) {
                    suggestions = matcher.suggestSpheres(section.title());
                    plan.add(ImportIssue.error(null, null, "unknown-sphere", "Раздел «" + section.title().strip()
                            + "» не сопоставлен ни с одной сферой сотрудничества. Возможно: "
                            + String.join("; ", suggestions)));
                } else if (owner.isEmpty()) {
                    plan.add(ImportIssue.error(null, null, "sphere-without-body", "Для сферы «" + sphere.name()
                            + "» не указан ответственный исполнительный орган"));
                }
                sphereRef = matched.map(s -> new Reference(s.code(), s.name())).orElse(null);
            }
            if (owner.isPresent()) {
                orgRef = new Reference(owner.get().code(), owner.get().nameOn(on));
            }
            plan.sections.add(new SectionReport(section.title(), document.level() == Level.MUNICIPAL ? orgRef : null,
                    sphereRef, section.rows().size(), suggestions));
            if (owner.isEmpty()) {
                continue;
            }
            if (!user.mayManage(owner.get())) {
                plan.add(ImportIssue.warning(null, null, "foreign-section", "Раздел «" + section.title().strip()
                        + "» относится к другой организации и пропущен"));
                continue;
            }
            for (ImportedRow row : section.rows()) {
                OfficialColumns columns = columnsOf(row);
                if (columns.name() == null || columns.name().isBlank()) {
                    plan.add(ImportIssue.error(row.number(), EventField.NAME, "empty-name",
                            "Не заполнено наименование мероприятия"));
                    continue;
                }
                NormalizedRow normalized = normalizer.normalize(columns, document.kind(), document.period(),
                        row.number());
                normalized.warnings().forEach(plan::add);
                plan.rowsByOwner.computeIfAbsent(owner.get(), o -> new ArrayList<>())
                        .add(new PlannedRow(section.title(), owner.get(), sphere, columns, normalized));
            }
        }
        if (plan.rowsByOwner.isEmpty() && plan.errors.isEmpty()) {
            plan.add(ImportIssue.error(null, null, "nothing-to-import", user.seesAllOrganizations()
                    ? "В документе нет ни одного мероприятия"
                    : "В документе нет мероприятий вашей организации"));
        }
        for (Map.Entry<Organization, List<PlannedRow>> entry : plan.rowsByOwner.entrySet()) {
            submissions.find(entry.getKey(), document.period(), document.kind()).ifPresent(existing -> {
                plan.existing.put(entry.getKey(), existing);
                plan.diff(existing, entry.getValue(), events.findBySubmission(existing));
            });
            if (!plan.existing.containsKey(entry.getKey())) {
                plan.created += entry.getValue().size();
            }
        }
        return plan;
    }

    private void apply(CurrentUser user, ImportedDocument document, ImportPlan plan) {
        OffsetDateTime now = OffsetDateTime.now();
        for (Map.Entry<Organization, List<PlannedRow>> entry : plan.rowsByOwner.entrySet()) {
            Submission submission = plan.existing.get(entry.getKey());
            campaigns.ensureOpen(user, entry.getKey(), document.kind(), document.period());
            boolean isNew = submission == null;
            if (isNew) {
                submission = submissions.save(new Submission(entry.getKey(), document.period(), document.kind(),
                        user.username(), now));
            }
            List<EventEntry> current = isNew ? List.of() : events.findBySubmission(submission);
            List<PlannedRow> rows = entry.getValue();
            int changes = 0;
            for (int i = 0; i < rows.size(); i++) {
                PlannedRow row = rows.get(i);
                EventEntry existing = i < current.size() ? current.get(i) : null;
                if (existing != null && row.sameAs(existing)) {
                    continue;
                }
                changes++;
                String before = existing == null ? null : EventSnapshots.of(existing);
                EventEntry target = existing;
                if (target == null) {
                    target = new EventEntry(submission, i + 1, row.sectionTitle(), row.columns(), now);
                } else {
                    target.rewrite(row.columns(), now);
                }
                row.applyTo(target);
                target = events.save(target);
                audit.append(new AuditRecord(now, user.username(),
                        existing == null ? AuditAction.CREATE : AuditAction.UPDATE, "EventEntry",
                        String.valueOf(target.id()), "Импорт из файла «" + document.fileName() + "»", before,
                        EventSnapshots.of(target)));
            }
            for (int i = rows.size(); i < current.size(); i++) {
                changes++;
                EventEntry removed = current.get(i);
                audit.append(new AuditRecord(now, user.username(), AuditAction.DELETE, "EventEntry",
                        String.valueOf(removed.id()), "Удалено при повторном импорте «" + document.fileName() + "»",
                        EventSnapshots.of(removed), null));
                events.delete(removed);
            }
            if (document.note() != null && !document.note().equals(submission.note())) {
                submission.changeNote(document.note());
                changes++;
            }
            if (changes > 0) {
                audit.append(new AuditRecord(now, user.username(), AuditAction.IMPORT, "Submission",
                        String.valueOf(submission.id()), "Импорт из файла «" + document.fileName() + "»: " + changes
                                + " изменений",
                        null, AuditJson.object(Map.of("rows", rows.size(), "period", document.period().code()))));
            }
        }
    }

    private static OfficialColumns columnsOf(ImportedRow row) {
        return new OfficialColumns(row.cell(EventField.NAME), row.cell(EventField.PLACE), row.cell(EventField.DATES),
                nullIfEmpty(row.cell(EventField.DESCRIPTION)), nullIfEmpty(row.cell(EventField.GOAL)),
                nullIfEmpty(row.cell(EventField.OUTCOME)), row.cell(EventField.PARTICIPANTS));
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

}
