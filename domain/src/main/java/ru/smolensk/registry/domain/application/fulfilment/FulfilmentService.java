package ru.smolensk.registry.domain.application.fulfilment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.entry.Channel;
import ru.smolensk.registry.domain.application.entry.EntryEdit;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.application.planning.PlanLinkService;
import ru.smolensk.registry.domain.application.planning.ReportSuggestion;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcomeRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Plan fulfilment of a half-year and the outcomes of plan entries. A plan entry that a report entry is linked to
 * was held (with changes when so recorded); one without a link was not held when so recorded with a reason,
 * otherwise there is no information. Report entries without a link are unplanned events held. By default only
 * approved plans and reports count; the coordinator may include the others, an operator only for their own
 * organisation. The operator of the organisation or the coordinator records outcomes of an approved plan's
 * entries; operators until the deadline of the report for the half-year's last quarter. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class FulfilmentService {

    /** The entity type of plan entries in the audit log: the same as of every write of an entry. */
    static final String AUDIT_ENTITY = EntryEdit.AUDIT_ENTITY;

    private CurrentUser user;
    private SubmissionRepository submissions;
    private EventEntryRepository events;
    private PlanOutcomeRepository outcomes;
    private AuditLog audit;
    private SubmissionEntries entries;
    private PlanLinkService links;

    protected FulfilmentService() {
        // for CDI proxies
    }

    @Inject
    public FulfilmentService(CurrentUser user, SubmissionRepository submissions, EventEntryRepository events,
            PlanOutcomeRepository outcomes, AuditLog audit, SubmissionEntries entries, PlanLinkService links) {
        this.user = user;
        this.submissions = submissions;
        this.events = events;
        this.outcomes = outcomes;
        this.audit = audit;
        this.entries = entries;
        this.links = links;
    }

    /** The fulfilment of a half-year, for one organisation (its code) or all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Fulfilment fulfilment(ReportingPeriod halfYear, String organizationCode, boolean includeDrafts) {
        requireHalfYear(halfYear);
        if (!user.seesAllOrganizations() && !user.hasRole(Role.OPERATOR)) {
            throw new AccessDeniedException("Недостаточно прав для просмотра выполнения планов");
        }
        String organization = organizationCode == null || organizationCode.isBlank() ? null : organizationCode.strip();
        if (includeDrafts && !user.seesAllOrganizations()) {
            String own = user.organization().map(Organization::code).orElseThrow(() -> new AccessDeniedException(
                    "Неутвержденные данные доступны только координатору и операторам своей организации"));
            if (organization != null && !organization.equals(own)) {
                throw new AccessDeniedException("Неутвержденные данные другой организации недоступны");
            }
            organization = own;
        }
        SubmissionStatus status = includeDrafts ? null : SubmissionStatus.APPROVED;
        Map<String, Submission> plans = new LinkedHashMap<>();
        for (Submission plan : submissions.search(new SubmissionQuery(halfYear, DocumentKind.PLAN, null,
                organization, status))) {
            plans.put(plan.organization().code(), plan);
        }
        Map<String, List<Submission>> reports = new LinkedHashMap<>();
        Map<String, Organization> organizations = new HashMap<>();
        plans.values().forEach(p -> organizations.put(p.organization().code(), p.organization()));
        for (ReportingPeriod quarter : halfYear.quarters()) {
            for (Submission report : submissions.search(new SubmissionQuery(quarter, DocumentKind.REPORT, null,
                    organization, status))) {
                reports.computeIfAbsent(report.organization().code(), k -> new ArrayList<>()).add(report);
                organizations.put(report.organization().code(), report.organization());
            }
        }
        List<Fulfilment.OrganizationFulfilment> rows = organizations.values().stream()
                .sorted(Comparator.comparingInt(Organization::sortOrder).thenComparing(Organization::code))
                .map(o -> ofOrganization(o, halfYear, plans.get(o.code()), reports.getOrDefault(o.code(), List.of())))
                .toList();
        return new Fulfilment(halfYear, includeDrafts, rows);
    }

    private Fulfilment.OrganizationFulfilment ofOrganization(Organization organization, ReportingPeriod halfYear,
            Submission plan, List<Submission> reports) {
        Map<Long, List<Fulfilment.Event>> fulfilling = new HashMap<>();
        List<Fulfilment.Event> unplanned = new ArrayList<>();
        List<EventEntry> planEntries = plan == null ? List.of() : events.findBySubmission(plan);
        List<Long> planEntryIds = planEntries.stream().map(EventEntry::id).toList();
        for (Submission report : reports.stream().sorted(Comparator.comparing(Submission::period)).toList()) {
            for (EventEntry entry : events.findBySubmission(report)) {
                if (entry.planEntry() != null && planEntryIds.contains(entry.planEntry().id())) {
                    fulfilling.computeIfAbsent(entry.planEntry().id(), k -> new ArrayList<>()).add(event(entry));
                } else {
                    unplanned.add(event(entry));
                }
            }
        }
        Map<Long, PlanOutcome> recorded = new HashMap<>();
        if (plan != null) {
            outcomes.findByPlan(plan).forEach(o -> recorded.put(o.planEntry().id(), o));
        }
        Map<Outcome, Long> counts = new java.util.EnumMap<>(Outcome.class);
        List<Fulfilment.PlannedItem> items = new ArrayList<>();
        for (EventEntry entry : planEntries) {
            PlanOutcome record = recorded.get(entry.id());
            List<Fulfilment.Event> held = fulfilling.getOrDefault(entry.id(), List.of());
            Outcome outcome = Outcome.of(record == null ? null : record.outcome(), !held.isEmpty());
            boolean commentApplies = record != null && record.outcome() == outcome;
            items.add(new Fulfilment.PlannedItem(event(entry), outcome, commentApplies ? record.comment() : null,
                    commentApplies ? record.recordedBy() : null, held));
            counts.merge(outcome, 1L, Long::sum);
        }
        return new Fulfilment.OrganizationFulfilment(organization.code(), organization.nameOn(halfYear.start()),
                plan == null ? null : plan.status().name(), planEntries.size(), counts.getOrDefault(Outcome.HELD, 0L),
                counts.getOrDefault(Outcome.HELD_WITH_CHANGES, 0L), counts.getOrDefault(Outcome.NOT_HELD, 0L),
                counts.getOrDefault(Outcome.NO_INFORMATION, 0L), unplanned.size(), items, unplanned);
    }

    private static Fulfilment.Event event(EventEntry e) {
        return new Fulfilment.Event(e.id(), e.ordinal(), e.submission().period().code(), e.columns().name(),
                e.columns().dates(), e.dates() == null ? null : e.dates().start(),
                e.dates() == null ? null : e.dates().end());
    }

    /**
     * Records the outcome of a plan entry: HELD or HELD_WITH_CHANGES (what changed) need a report entry linked to
     * it, NOT_HELD (with the reason) needs none.
     */
    public PlanOutcome record(long planEntryId, Outcome outcome, String comment) {
        return record(planEntryId, outcome, comment, null);
    }

    /**
     * The report entries that may be linked to a plan entry when its outcome is recorded as held (see
     * {@link PlanLinkService#reportSuggestions}), for a user who may record its outcome now.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportSuggestion> linkSuggestions(long planEntryId) {
        return links.reportSuggestions(planEntry(planEntryId));
    }

    /**
     * Records the outcome of a plan entry as {@link #record(long, Outcome, String)} does; a held outcome of a plan
     * entry that no report entry is linked to yet first links the given report entry (one of the organisation's
     * reports of the half-year, not linked to the plan yet), both in one step.
     *
     * @param reportEntryId the report entry telling how the event was held, or null
     */
    public PlanOutcome record(long planEntryId, Outcome outcome, String comment, Long reportEntryId) {
        EventEntry entry = planEntry(planEntryId);
        if (outcome == null || outcome == Outcome.NO_INFORMATION) {
            throw new InvalidFieldException("outcome", "Укажите итог: HELD (проведено по плану), HELD_WITH_CHANGES"
                    + " (проведено с изменениями) или NOT_HELD (не проведено)");
        }
        boolean linked = isLinked(entry);
        if (outcome.wasHeld() && !linked) {
            linkFirst(entry, reportEntryId);
            linked = true;
        }
        if (!outcome.wasHeld() && linked) {
            throw new InvalidFieldException("outcome",
                    "С мероприятием № " + entry.ordinal() + " плана связана запись отчета"
                            + " о его проведении: снимите связь, если мероприятие не проводилось");
        }
        OffsetDateTime now = OffsetDateTime.now();
        Optional<PlanOutcome> existing = outcomes.findByPlanEntry(entry);
        String before = existing.map(FulfilmentService::snapshot).orElse(null);
        PlanOutcome saved;
        try {
            if (existing.isPresent()) {
                existing.get().change(outcome, comment, user.username(), now);
                saved = outcomes.save(existing.get());
            } else {
                saved = outcomes.save(new PlanOutcome(entry, outcome, comment, user.username(), now));
            }
        } catch (ru.smolensk.registry.domain.model.shared.DomainException e) {
            throw new InvalidFieldException(outcome.needsComment() ? "comment" : "outcome", e.getMessage());
        }
        audit.append(new AuditRecord(now, user.username(), AuditAction.UPDATE, AUDIT_ENTITY,
                String.valueOf(entry.id()), "Итог выполнения плана: " + outcome.label().toLowerCase(
                        java.util.Locale.ROOT) + (saved.comment() == null ? "" : " — " + abbreviated(saved.comment())),
                before, snapshot(saved)));
        return saved;
    }

    /** Removes the recorded outcome of a plan entry (it is derived from the links again). */
    public void clear(long planEntryId) {
        EventEntry entry = planEntry(planEntryId);
        outcomes.findByPlanEntry(entry).ifPresent(existing -> {
            String before = snapshot(existing);
            outcomes.delete(existing);
            audit.append(new AuditRecord(OffsetDateTime.now(), user.username(), AuditAction.UPDATE, AUDIT_ENTITY,
                    String.valueOf(entry.id()), "Итог выполнения плана снят", before, null));
        });
    }

    /** The plan entry if the caller may record its outcome now (the rule is the owner's of entries). */
    private EventEntry planEntry(long id) {
        SubmissionEntries.ensureWriterRole(user, Channel.FULFILMENT);
        EventEntry entry = events.findById(id).filter(e -> user.mayManage(e.submission().organization()))
                .orElseThrow(() -> NotFoundException.entry());
        entries.ensureMayRecordOutcome(user, entry);
        return entry;
    }

    /** Links the chosen report entry to a plan entry that none is linked to, or says what to do. */
    private void linkFirst(EventEntry planEntry, Long reportEntryId) {
        if (reportEntryId == null) {
            throw new InvalidFieldException("reportEntryId", links.reportSuggestions(planEntry).isEmpty()
                    ? FulfilmentTexts.nothingToLink(planEntry)
                    : FulfilmentTexts.chooseReportEntry(planEntry));
        }
        EventEntry report = events.findById(reportEntryId)
                .filter(e -> e.submission().organization().equals(planEntry.submission().organization()))
                .filter(e -> e.submission().kind() == DocumentKind.REPORT && planEntry.submission().period()
                        .quarters().contains(e.submission().period()))
                .orElseThrow(() -> new InvalidFieldException("reportEntryId",
                        FulfilmentTexts.notAReportOfTheHalfYear(planEntry)));
        if (report.planEntry() != null) {
            throw new InvalidFieldException("reportEntryId", FulfilmentTexts.alreadyLinked(report));
        }
        links.link(report.id(), planEntry.id(), report.version());
    }

    private boolean isLinked(EventEntry planEntry) {
        Submission plan = planEntry.submission();
        for (ReportingPeriod quarter : plan.period().quarters()) {
            Optional<Submission> report = submissions.find(plan.organization(), quarter, DocumentKind.REPORT);
            if (report.isPresent() && events.findBySubmission(report.get()).stream()
                    .anyMatch(e -> e.planEntry() != null && e.planEntry().id().equals(planEntry.id()))) {
                return true;
            }
        }
        return false;
    }

    private static void requireHalfYear(ReportingPeriod period) {
        if (period == null || period.type() != PeriodType.HALF_YEAR) {
            throw new InvalidFieldException("period", "Выполнение плана считается за полугодие, например 2026-H1");
        }
    }

    private static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String snapshot(PlanOutcome o) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("outcome", o.outcome().name());
        state.put("comment", o.comment());
        return AuditJson.object(state);
    }
}
