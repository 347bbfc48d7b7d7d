package ru.smolensk.registry.web.ui.submissions;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.event.EntryReuseService;
import ru.smolensk.registry.domain.application.event.EventCommandService;
import ru.smolensk.registry.domain.application.submission.SubmissionDetails;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.domain.model.submission.SubmissionTransition;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * One plan or report: its entries in the official order with every official column and the normalized values
 * (those added or changed since the document was last returned marked), its history, and the workflow actions
 * (submit, approve, return with a reason; for the coordinator the next document of the review queue). Each action
 * passes the version the user saw, so a second click or a stale page is refused by the service instead of acting
 * twice.
 */
@Named("submission")
@ViewScoped(saveInViewState = true)
public class SubmissionPageBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubmissionService service;

    @Inject
    transient EventCommandService entryCommands;

    @Inject
    transient ReferenceDataService referenceData;

    @Inject
    transient EntryReuseService reuse;

    @Inject
    transient CurrentUser user;

    private Long id;
    private SubmissionRow header;
    private List<EntryRow> entries = List.of();
    private List<DeletedEntryRow> deleted = List.of();
    private List<HistoryRow> history = List.of();
    private String reason;
    private boolean missing;
    private boolean changesMarked;
    private Long nextInQueue;
    private List<SubmissionRow> earlierPlans;
    private SubmissionRow planOfReport;
    private Long copySource;

    /** Reads the plan or report named by the view parameter {@code id}. */
    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            SubmissionDetails details = service.get(id);
            header = SubmissionRow.of(details.submission());
            List<SubmissionTransition> transitions = service.history(id);
            OffsetDateTime since = lastReturn(transitions);
            changesMarked = since != null;
            Map<String, String> countries = referenceData.countries().stream()
                    .collect(Collectors.toMap(Country::code, Country::name, (a, b) -> a));
            entries = details.entries().stream().sorted(Comparator.comparingInt(EventEntry::ordinal))
                    .map(e -> EntryRow.of(e, countries, since, agreements(e))).toList();
            deleted = since == null
                    ? List.of()
                    : service.deletedEntries(id, since).stream().map(DeletedEntryRow::of).toList();
            history = transitions.stream().map(HistoryRow::of).toList();
            nextInQueue = null;
            earlierPlans = null;
            planOfReport = null;
            missing = false;
        } catch (DomainException e) {
            missing = true;
            header = null;
            Texts.errorText(e.getMessage());
        }
    }

    /** When the document was last returned for correction (or reopened), or null when it never was. */
    static OffsetDateTime lastReturn(List<SubmissionTransition> transitions) {
        return transitions.stream().filter(t -> t.to() == SubmissionStatus.RETURNED)
                .map(SubmissionTransition::occurredAt).max(Comparator.naturalOrder()).orElse(null);
    }

    private static List<String> agreements(EventEntry entry) {
        return entry.agreements().stream().map(EntryAgreements::describe).toList();
    }

    /**
     * For the coordinator: the oldest other document awaiting review (the review queue's next one), or null when
     * the queue holds no other.
     */
    public Long getNextInQueue() {
        if (nextInQueue == null && header != null && user.hasRole(Role.COORDINATOR)) {
            nextInQueue = service.list(new SubmissionQuery(null, null, null, null, SubmissionStatus.SUBMITTED))
                    .stream().filter(s -> s.id() != header.id()).min(SubmissionsBean.order(SubmissionStatus.SUBMITTED))
                    .map(Submission::id).orElse(0L);
        }
        return nextInQueue == null || nextInQueue == 0L ? null : nextInQueue;
    }

    /** The entries deleted since the document was last returned, in the order they were deleted. */
    public List<DeletedEntryRow> getDeleted() {
        return deleted;
    }

    /** Whether the entries carry the marks of what was added or changed since the last return. */
    public boolean isChangesMarked() {
        return changesMarked;
    }

    /** The organisation's plans of earlier periods to copy entries from (only for a plan that may be changed). */
    public List<SubmissionRow> getEarlierPlans() {
        if (earlierPlans == null) {
            earlierPlans = header == null || !header.isSubmittable()
                    ? List.of()
                    : reuse.earlierPlans(header.id()).stream().map(SubmissionRow::of).toList();
        }
        return earlierPlans;
    }

    /** The plan of a report's half-year, to start the report from (null when none or not a changeable report). */
    public SubmissionRow getPlanOfReport() {
        if (planOfReport == null && header != null && header.isSubmittable()) {
            planOfReport = reuse.planOf(header.id()).map(SubmissionRow::of).orElse(null);
        }
        return planOfReport;
    }

    /** «Скопировать мероприятия»: appends the entries of the chosen earlier plan. */
    public void copyFromPlan() {
        Long source = copySource == null && !getEarlierPlans().isEmpty()
                ? getEarlierPlans().get(0).id()
                : copySource;
        if (source == null || header == null) {
            return;
        }
        try {
            int copied = reuse.copyPlan(header.id(), source);
            Texts.info("submission.copied", String.valueOf(copied));
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        load();
    }

    /** «Заполнить из плана»: adds the plan's entries of the report's quarter, each linked to its plan entry. */
    public void startFromPlan() {
        if (header == null) {
            return;
        }
        try {
            int added = reuse.startReportFromPlan(header.id());
            Texts.info(added == 0 ? "submission.fromPlan.none" : "submission.fromPlan.added", String.valueOf(added));
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        load();
    }

    /** Moves an entry one row up (audited). */
    public void moveUp(EntryRow entry) {
        move(entry, true);
    }

    /** Moves an entry one row down (audited). */
    public void moveDown(EntryRow entry) {
        move(entry, false);
    }

    private void move(EntryRow entry, boolean up) {
        try {
            entryCommands.move(entry.id(), entry.version(), up);
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        load();
    }

    public Long getCopySource() {
        return copySource;
    }

    public void setCopySource(Long copySource) {
        this.copySource = copySource;
    }

    /**
     * Deletes an entry of this draft or returned plan or report (after the page's confirmation) through the entry
     * owner, which checks the rights and the status and audits it; the remaining entries keep their numbers.
     */
    public void deleteEntry(EntryRow entry) {
        try {
            entryCommands.delete(entry.id(), entry.version());
            Texts.info("submission.entryDeleted", String.valueOf(entry.ordinal()), entry.name());
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        load();
    }

    public void submit() {
        act(() -> service.submit(header.id(), header.version()), "submissions.submitted");
    }

    public void approve() {
        act(() -> service.approve(header.id(), header.version(), null), "submissions.approved");
    }

    /** Reopens the approved plan or report for changes with the reason entered. */
    public void reopen() {
        act(() -> service.reopen(header.id(), header.version(), reason), "submissions.reopened");
        reason = null;
    }

    /** Returns the plan or report for correction with the reason entered. */
    public void returnForCorrection() {
        act(() -> service.returnForCorrection(header.id(), header.version(), reason), "submissions.returned");
        reason = null;
    }

    private void act(Runnable action, String doneKey) {
        if (header == null) {
            return;
        }
        try {
            action.run();
            Texts.info(doneKey, PeriodChoices.titleOf(header.kind(), header.period(), header.organization()));
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public SubmissionRow getHeader() {
        return header;
    }

    public List<EntryRow> getEntries() {
        return entries;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    /** True when the address names no document (its {@code id} is absent or not a number), so nothing was read. */
    public boolean isUnaddressed() {
        return header == null && !missing;
    }

    /** True also when the view action never ran (an {@code id} that is not a number fails conversion first). */
    public boolean isMissing() {
        return missing || header == null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
