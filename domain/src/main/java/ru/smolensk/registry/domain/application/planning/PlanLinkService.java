package ru.smolensk.registry.domain.application.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.submission.SubmissionAccess;
import ru.smolensk.registry.domain.application.entry.EntryEdit;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/**
 * Links report entries to the plan entries they fulfil: the plan of the same organisation for the half-year
 * that encloses the report's quarter. Proposals rank that plan's entries by name similarity (70 %) and date
 * overlap (30 %, a month of slack); the operator of the organisation or the coordinator confirms a link while
 * the report can be edited. Every link is written to the audit log.
 */
@ApplicationScoped
@Transactional
public class PlanLinkService {

    /** Proposals below this score are not shown. */
    static final double THRESHOLD = 0.35;
    private static final int MAX_SUGGESTIONS = 5;
    private static final int SLACK_DAYS = 31;

    private CurrentUser user;
    private EventEntryRepository events;
    private SubmissionRepository submissions;
    private SubmissionEntries entries;
    private SubmissionAccess access;

    protected PlanLinkService() {
        // for CDI proxies
    }

    @Inject
    public PlanLinkService(CurrentUser user, EventEntryRepository events, SubmissionRepository submissions,
            SubmissionEntries entries) {
        this.user = user;
        this.events = events;
        this.submissions = submissions;
        this.entries = entries;
        this.access = new SubmissionAccess(user, submissions, events);
    }

    /** The plan entries a report entry most likely fulfils, best first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanSuggestion> suggestions(long reportEntryId) {
        EventEntry report = reportEntry(reportEntryId);
        return planEntries(report.submission()).stream().map(plan -> suggestion(report, plan))
                .filter(s -> s.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(PlanSuggestion::score).reversed()).limit(MAX_SUGGESTIONS)
                .toList();
    }

    /**
     * The entries of the organisation's reports of the plan's half-year that may still be linked to a plan entry
     * (not linked to any, in a report that can be changed now), most alike first; the caller has checked that the
     * user may see the plan entry.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportSuggestion> reportSuggestions(EventEntry planEntry) {
        Submission plan = planEntry.submission();
        return plan.period().quarters().stream()
                .flatMap(q -> submissions.find(plan.organization(), q, DocumentKind.REPORT).stream())
                .filter(report -> report.status().isEditable())
                .flatMap(report -> events.findBySubmission(report).stream()).filter(e -> e.planEntry() == null)
                .map(report -> new ReportSuggestion(report, suggestion(report, planEntry).score()))
                .filter(s -> s.score() >= THRESHOLD)
                .sorted(Comparator.comparingDouble(ReportSuggestion::score).reversed()).limit(MAX_SUGGESTIONS)
                .toList();
    }

    /** Links (or, with a null plan entry, unlinks) a report entry; needs the version the caller saw. */
    public EventEntry link(long reportEntryId, Long planEntryId, long expectedVersion) {
        EventEntry report = reportEntry(reportEntryId);
        EntryEdit edit = entries.open(Origin.planLink(user), report.submission());
        SubmissionEntries.ensureVersion(report, expectedVersion);
        EventEntry plan = null;
        if (planEntryId != null) {
            plan = planEntries(report.submission()).stream().filter(p -> p.id().equals(planEntryId)).findFirst()
                    .orElseThrow(() -> new InvalidFieldException("planEntryId", "Выбранная запись не входит в план"
                            + " организации на " + report.submission().period().enclosingHalfYear().russianName()));
        }
        return edit.link(report, plan, plan == null
                ? "Снята связь с планом"
                : "Связано с записью плана № " + plan.ordinal() + " (план на " + plan.submission().period()
                        .russianName() + ")");
    }

    private EventEntry reportEntry(long id) {
        EventEntry entry = access.visibleEntry(id);
        if (entry.submission().kind() != DocumentKind.REPORT) {
            throw new InvalidFieldException("id", "С планом связываются только записи отчетов");
        }
        return entry;
    }

    private List<EventEntry> planEntries(Submission report) {
        return submissions.find(report.organization(), report.period().enclosingHalfYear(), DocumentKind.PLAN)
                .map(events::findBySubmission).orElse(List.of());
    }

    static PlanSuggestion suggestion(EventEntry report, EventEntry plan) {
        double name = NameSimilarity.of(report.columns().name(), plan.columns().name());
        boolean overlap = overlap(report.dates(), plan.dates());
        return new PlanSuggestion(plan, 0.7 * name + (overlap ? 0.3 : 0), name, overlap);
    }

    private static boolean overlap(DateRange a, DateRange b) {
        if (a == null || b == null || a.start() == null || b.start() == null) {
            return false;
        }
        LocalDate aEnd = a.end() == null ? a.start() : a.end();
        LocalDate bEnd = b.end() == null ? b.start() : b.end();
        return !a.start().isAfter(bEnd.plusDays(SLACK_DAYS)) && !b.start().isAfter(aEnd.plusDays(SLACK_DAYS));
    }
}
