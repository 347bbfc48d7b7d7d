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

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.entry.EntryContent;
import ru.smolensk.registry.domain.application.entry.EntryEdit;
import ru.smolensk.registry.domain.application.entry.EntrySection;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.application.importing.ImportReport.Reference;
import ru.smolensk.registry.domain.application.importing.ImportReport.SectionReport;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.ExtraColumns;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.PeriodKindMismatch;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.domain.normalization.NormalizedRow;
import ru.smolensk.registry.domain.normalization.RowNormalizer;

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

    private CurrentUser currentUser;
    private OrganizationRepository organizations;
    private SphereRepository spheres;
    private SubmissionRepository submissions;
    private EventEntryRepository events;
    private AuditLog audit;
    private SubmissionEntries entries;

    protected DocumentImportService() {
        // for CDI proxies
    }

    @Inject
    public DocumentImportService(CurrentUser currentUser, OrganizationRepository organizations,
            SphereRepository spheres, SubmissionRepository submissions, EventEntryRepository events, AuditLog audit,
            SubmissionEntries entries) {
        this.currentUser = currentUser;
        this.organizations = organizations;
        this.spheres = spheres;
        this.submissions = submissions;
        this.events = events;
        this.audit = audit;
        this.entries = entries;
    }

    /** Imports as the signed-in user. */
    @Transactional
    public ImportReport importDocument(ImportedDocument document, boolean dryRun) {
        return importAs(currentUser, document, ImportOptions.NONE, dryRun);
    }

    /** Imports as the signed-in user with what was chosen in the preview. */
    @Transactional
    public ImportReport importDocument(ImportedDocument document, ImportOptions options, boolean dryRun) {
        return importAs(currentUser, document, options, dryRun);
    }

    /** Imports as the given user with nothing chosen. */
    @Transactional
    public ImportReport importAs(CurrentUser user, ImportedDocument document, boolean dryRun) {
        return importAs(user, document, ImportOptions.NONE, dryRun);
    }

    /**
     * Imports as the given user: coordinators import any section, operators only their own
     * organisation's (other sections are skipped with a warning). A single organisation's document (its title names
     * the organisation, no or one section row) goes wholly into that organisation's plan or report.
     *
     * @throws ImportRejectedException when the document has errors (nothing is written)
     */
    @Transactional
    public ImportReport importAs(CurrentUser user, ImportedDocument document, ImportOptions options,
            boolean dryRun) {
        if (!user.hasRole(Role.COORDINATOR) && !user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException("Загружать документы могут координатор и операторы организаций");
        }
        DocumentIssuer.Resolution resolution = new DocumentIssuer(organizations.findAll()).resolve(user, document,
                options);
        ImportedDocument resolved = resolution.document();
        ImportPlan plan = resolution.errors().isEmpty()
                ? plan(user, resolved, resolution.issuer(), options, dryRun)
                : new ImportPlan();
        resolution.warnings().forEach(plan::add);
        resolution.errors().forEach(plan::add);
        plan.issuer = resolution.issuer();
        plan.suggestions = resolution.suggestions();
        if (!plan.errors.isEmpty()) {
            throw new ImportRejectedException(plan.report(resolved, false));
        }
        if (!dryRun) {
            apply(user, resolved, plan);
        }
        return plan.report(resolved, !dryRun);
    }

    private ImportPlan plan(CurrentUser user, ImportedDocument document, Organization issuer,
            ImportOptions options, boolean dryRun) {
        ImportPlan plan = new ImportPlan();
        plan.dryRun = dryRun;
        plan.replaceConfirmed = options.replaceConfirmed();
        plan.handEdits = options.handEdits();
        document.readIssues().forEach(plan::add);
        try {
            Submission.ensurePeriodSuits(document.kind(), document.period());
        } catch (PeriodKindMismatch e) {
            plan.add(ImportIssue.error(null, null, PeriodKindMismatch.CODE, e.getMessage()));
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
            if (issuer != null) {
                owner = Optional.of(issuer);
                sphere = issuer.level() == Level.REGIONAL ? sphereOf(matcher, section.title(), issuer) : null;
                sphereRef = sphere == null ? null : new Reference(sphere.code(), sphere.name());
            } else if (document.level() == Level.MUNICIPAL) {
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
            plan.sections.add(new SectionReport(section.title(),
                    document.level() == Level.MUNICIPAL || issuer != null ? orgRef : null, sphereRef,
                    section.rows().size(), suggestions));
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
                normalized.warnings().forEach(w -> plan.add(ImportIssue.warning(w.row(), w.field(), w.code(),
                        w.message())));
                plan.rowsByOwner.computeIfAbsent(owner.get(), o -> new ArrayList<>())
                        .add(new PlannedRow(row.number(), section.title(), owner.get(), sphere, columns,
                                normalized, ExtraColumns.of(row.extras()), on));
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
                plan.allNew(entry.getKey(), entry.getValue());
            }
        }
        return plan;
    }

    private void apply(CurrentUser user, ImportedDocument document, ImportPlan plan) {
        Origin origin = Origin.importOf(user, document.fileName(), OffsetDateTime.now());
        for (Map.Entry<Organization, List<PlannedRow>> entry : plan.rowsByOwner.entrySet()) {
            Submission submission = plan.existing.get(entry.getKey());
            boolean isNew = submission == null;
            if (isNew) {
                entries.ensureWritable(origin, entry.getKey(), document.kind(), document.period(),
                        SubmissionStatus.DRAFT);
                submission = submissions.save(new Submission(entry.getKey(), document.period(), document.kind(),
                        user.username(), origin.at()));
            }
            plan.submissionIds.add(submission.id());
            EntryEdit edit = null;
            List<EventEntry> current = isNew ? List.of() : events.findBySubmission(submission);
            List<PlannedRow> rows = entry.getValue();
            int changes = 0;
            for (int i = 0; i < rows.size(); i++) {
                PlannedRow row = rows.get(i);
                EventEntry existing = i < current.size() ? current.get(i) : null;
                if (existing != null && (row.sameAs(existing) || plan.kept.contains(existing.id()))) {
                    continue;
                }
                changes++;
                edit = edit == null ? entries.open(origin, submission) : edit;
                EntrySection section = EntrySection.asWritten(row.sectionTitle(), submission, row.sphere());
                EntryContent content = EntryContent.normalized(row.columns(), row.normalized());
                EventEntry written = existing == null
                        ? edit.add(i + 1, section, content)
                        : edit.revise(existing, section, content);
                written.keepExtraColumns(row.extras());
            }
            for (int i = rows.size(); i < current.size(); i++) {
                if (plan.kept.contains(current.get(i).id())) {
                    continue;
                }
                changes++;
                edit = edit == null ? entries.open(origin, submission) : edit;
                edit.remove(current.get(i));
            }
            if (document.note() != null && !document.note().equals(submission.note())) {
                submission.changeNote(document.note());
                changes++;
            }
            if (changes > 0) {
                audit.append(new AuditRecord(origin.at(), user.username(), AuditAction.IMPORT, "Submission",
                        String.valueOf(submission.id()), "Импорт из файла «" + document.fileName() + "»: " + changes
                                + " изменений",
                        null, AuditJson.object(Map.of("rows", rows.size(), "period", document.period().code()))));
            }
        }
    }

    /** The sphere a section of a regional body's own document names, else the body's only sphere, or null. */
    private Sphere sphereOf(SectionMatcher matcher, String sectionTitle, Organization body) {
        Optional<Sphere> named = sectionTitle.isBlank() ? Optional.empty() : matcher.sphere(sectionTitle);
        if (named.isPresent()) {
            return named.get();
        }
        List<Sphere> own = spheres.findAll().stream()
                .filter(s -> body.equals(s.responsibleOrganization())).toList();
        return own.size() == 1 ? own.get(0) : null;
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
