package ru.smolensk.registry.persistence.jpa;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.application.submission.SubmissionApproved;
import ru.smolensk.registry.domain.model.event.EventCounts;
import ru.smolensk.registry.domain.model.event.EventStatistics;
import ru.smolensk.registry.domain.model.event.FulfilmentCounts;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Grouped counts of event entries: those of approved submissions from the statistics summary (V34, written at
 * approval; the fulfilment of approved plans, V35, written anew whenever it may change), the others live in JPQL.
 */
@ApplicationScoped
public class JpaEventStatistics implements EventStatistics {

    /** Beyond this many approved submissions without a valid summary, the whole answer is counted live. */
    private static final int MAX_LIVE_SUBMISSIONS = 1000;

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    private boolean summaryUsed = true;

    protected JpaEventStatistics() {
    }

    public JpaEventStatistics(EntityManager em) {
        this.em = em;
    }

    /** Statistics that count every entry live, the summary left aside (to compare with it). */
    public static JpaEventStatistics live(EntityManager em) {
        JpaEventStatistics statistics = new JpaEventStatistics(em);
        statistics.summaryUsed = false;
        return statistics;
    }

    /** Writes the statistics summary of a submission just approved, in the approval's transaction. */
    public void onApproval(@Observes SubmissionApproved approved) {
        summarise(approved.submissionId());
    }

    /** Writes the statistics summary of one submission anew (none unless it is approved). */
    public void summarise(long submissionId) {
        new StatisticsSummary(em).summarise(submissionId);
    }

    @Override
    public Map<String, Long> byCountry(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        return counted(StatisticsSummary.COUNTRY, periods, kind, status,
                ids -> liveCountries(periods, kind, status, ids));
    }

    @Override
    public Map<String, Long> byOrganization(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        return counted(StatisticsSummary.TOTAL, periods, kind, status,
                ids -> liveOrganizations(periods, kind, status, ids));
    }

    @Override
    public Map<String, Long> bySphere(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        return counted(StatisticsSummary.SPHERE, periods, kind, status,
                ids -> liveSpheres(periods, kind, status, ids));
    }

    @Override
    public Map<String, Long> byMonth(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        return months(counted(StatisticsSummary.MONTH, periods, kind, status,
                ids -> liveMonths(periods, kind, status, ids)));
    }

    /** The four counts from one check and two readings of the summary (approved entries), else live. */
    @Override
    public EventCounts counts(Collection<ReportingPeriod> periods, DocumentKind kind, SubmissionStatus status) {
        if (!fromSummary(periods, status)) {
            return EventStatistics.super.counts(periods, kind, status);
        }
        StatisticsSummary summary = new StatisticsSummary(em);
        List<Long> unsummarised = summary.unsummarised(periods, kind);
        if (unsummarised.size() > MAX_LIVE_SUBMISSIONS) {
            return live(em).counts(periods, kind, status);
        }
        Map<String, Map<String, Long>> items = summary.items(periods, kind);
        return new EventCounts(
                merged(items.get(StatisticsSummary.COUNTRY), unsummarised,
                        ids -> liveCountries(periods, kind, status, ids)),
                merged(summary.counts(StatisticsSummary.TOTAL, periods, kind), unsummarised,
                        ids -> liveOrganizations(periods, kind, status, ids)),
                merged(items.get(StatisticsSummary.SPHERE), unsummarised,
                        ids -> liveSpheres(periods, kind, status, ids)),
                months(merged(items.get(StatisticsSummary.MONTH), unsummarised,
                        ids -> liveMonths(periods, kind, status, ids))));
    }

    /**
     * Counts of approved entries from the summary, plus those of approved submissions without a valid summary
     * counted live; other statuses (or none) live.
     */
    private Map<String, Long> counted(String dimension, Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status, Function<List<Long>, Map<String, Long>> live) {
        if (!fromSummary(periods, status)) {
            return live.apply(null);
        }
        StatisticsSummary summary = new StatisticsSummary(em);
        List<Long> unsummarised = summary.unsummarised(periods, kind);
        if (unsummarised.size() > MAX_LIVE_SUBMISSIONS) {
            return live.apply(null);
        }
        return merged(summary.counts(dimension, periods, kind), unsummarised, live);
    }

    /** Whether the counts come from the summary: approved entries only, of some period, unless counted live. */
    private boolean fromSummary(Collection<ReportingPeriod> periods, SubmissionStatus status) {
        return summaryUsed && status == SubmissionStatus.APPROVED && !periods.isEmpty();
    }

    /** The summary's counts (null: none) and the live counts of the submissions without a valid summary. */
    private static Map<String, Long> merged(Map<String, Long> summarised, List<Long> unsummarised,
            Function<List<Long>, Map<String, Long>> live) {
        Map<String, Long> result = summarised == null ? new TreeMap<>() : new TreeMap<>(summarised);
        if (!unsummarised.isEmpty()) {
            live.apply(unsummarised).forEach((key, count) -> result.merge(key, count, Long::sum));
        }
        return result;
    }

    /** {@code 202510} as {@code 2025-10}. */
    private static Map<String, Long> months(Map<String, Long> yyyymm) {
        Map<String, Long> months = new TreeMap<>();
        yyyymm.forEach((month, count) -> months.put(month.substring(0, 4) + "-" + month.substring(4), count));
        return months;
    }

    private Map<String, Long> liveCountries(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status, List<Long> ids) {
        return counts("select c, count(e) from EventEntry e join e.countryCodes c join e.submission s", "c",
                periods, kind, status, "", ids);
    }

    private Map<String, Long> liveOrganizations(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status, List<Long> ids) {
        return counts("select s.organization.code, count(e) from EventEntry e join e.submission s",
                "s.organization.code", periods, kind, status, "", ids);
    }

    private Map<String, Long> liveSpheres(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status, List<Long> ids) {
        return counts("select sp.code, count(e) from EventEntry e join e.sectionSphere sp join e.submission s",
                "sp.code", periods, kind, status, "", ids);
    }

    private Map<String, Long> liveMonths(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status, List<Long> ids) {
        TypedQuery<LocalDate> query = em.createQuery("select e.dates.start from EventEntry e join e.submission s"
                + where(kind, status) + " and e.dates.start is not null" + (ids == null ? "" : " and s.id in :ids"),
                LocalDate.class);
        Map<String, Long> months = new TreeMap<>();
        for (LocalDate start : bindIds(bind(query, periods, kind, status), ids).getResultList()) {
            months.merge(String.format("%04d%02d", start.getYear(), start.getMonthValue()), 1L, Long::sum);
        }
        return months;
    }

    @Override
    public List<LocalDate> startDates(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        TypedQuery<LocalDate> query = em.createQuery("select e.dates.start from EventEntry e join e.submission s"
                + where(kind, status) + " and e.dates.start is not null", LocalDate.class);
        return bind(query, periods, kind, status).getResultList();
    }

    /**
     * The fulfilment of approved plans from the summary (V35), plus that of approved plans without valid rows
     * counted live; with drafts, live.
     */
    @Override
    public FulfilmentCounts fulfilmentCounts(Collection<ReportingPeriod> periods, SubmissionStatus status) {
        if (!fromSummary(periods, status)) {
            return EventStatistics.super.fulfilmentCounts(periods, status);
        }
        StatisticsSummary summary = new StatisticsSummary(em);
        List<Long> unsummarised = summary.unsummarisedPlans(periods);
        if (unsummarised.size() > MAX_LIVE_SUBMISSIONS) {
            return live(em).fulfilmentCounts(periods, status);
        }
        Map<String, Map<String, Long>> counts = summary.fulfilment(periods);
        return new FulfilmentCounts(
                merged(counts.get(StatisticsSummary.HELD), unsummarised, ids -> liveHeld(periods, status, ids)),
                merged(counts.get(StatisticsSummary.CHANGED), unsummarised,
                        ids -> liveOutcomes(periods, status, Outcome.HELD_WITH_CHANGES, ids)),
                merged(counts.get(StatisticsSummary.NOT_HELD), unsummarised,
                        ids -> liveOutcomes(periods, status, Outcome.NOT_HELD, ids)));
    }

    @Override
    public Map<String, Long> heldPlanEntriesByOrganization(Collection<ReportingPeriod> periods,
            SubmissionStatus status) {
        return liveHeld(periods, status, null);
    }

    @Override
    public Map<String, Long> plannedOutcomesByOrganization(Collection<ReportingPeriod> periods,
            SubmissionStatus status, Outcome outcome) {
        return liveOutcomes(periods, status, outcome, null);
    }

    /** Plan entries held per organisation, of the plans {@code ids} only unless null. */
    private Map<String, Long> liveHeld(Collection<ReportingPeriod> periods, SubmissionStatus status,
            List<Long> ids) {
        return counts("select s.organization.code, count(distinct e) from EventEntry r join r.planEntry e"
                + " join e.submission s join r.submission rs", "s.organization.code", periods, DocumentKind.PLAN,
                status, status == null ? "" : " and rs.status = :status", ids);
    }

    /** Plan entries with the outcome per organisation, of the plans {@code ids} only unless null. */
    private Map<String, Long> liveOutcomes(Collection<ReportingPeriod> periods, SubmissionStatus status,
            Outcome outcome, List<Long> ids) {
        String link = "exists (select r from EventEntry r join r.submission rs where r.planEntry = e"
                + (status == null ? "" : " and rs.status = :status") + ")";
        String condition = switch (outcome) {
            case HELD -> throw new IllegalArgumentException("held entries are counted by their links");
            case HELD_WITH_CHANGES -> " and o.outcome = :outcome and " + link;
            case NOT_HELD -> " and o.outcome = :outcome and not " + link;
            case NO_INFORMATION -> throw new IllegalArgumentException("entries without information are the rest");
        };
        TypedQuery<Object[]> query = em.createQuery("select s.organization.code, count(o) from PlanOutcome o"
                + " join o.planEntry e join e.submission s" + where(DocumentKind.PLAN, status) + condition
                + (ids == null ? "" : " and s.id in :ids")
                + " group by s.organization.code order by s.organization.code", Object[].class);
        return collect(bindIds(bind(query, periods, DocumentKind.PLAN, status), ids).setParameter("outcome",
                outcome));
    }

    /** Grouped counts, of the submissions {@code ids} only unless null. */
    private Map<String, Long> counts(String select, String groupBy, Collection<ReportingPeriod> periods,
            DocumentKind kind, SubmissionStatus status, String condition, List<Long> ids) {
        TypedQuery<Object[]> query = em.createQuery(select + where(kind, status) + condition
                + (ids == null ? "" : " and s.id in :ids") + " group by " + groupBy + " order by " + groupBy,
                Object[].class);
        return collect(bindIds(bind(query, periods, kind, status), ids));
    }

    private static <T> TypedQuery<T> bindIds(TypedQuery<T> query, List<Long> ids) {
        return ids == null ? query : query.setParameter("ids", ids);
    }

    private static Map<String, Long> collect(TypedQuery<Object[]> query) {
        Map<String, Long> result = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            result.put((String) row[0], ((Number) row[1]).longValue());
        }
        return result;
    }

    private static String where(DocumentKind kind, SubmissionStatus status) {
        return " where s.period in :periods" + (kind == null ? "" : " and s.kind = :kind")
                + (status == null ? "" : " and s.status = :status");
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Collection<ReportingPeriod> periods,
            DocumentKind kind, SubmissionStatus status) {
        query.setParameter("periods", List.copyOf(periods));
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }
}
