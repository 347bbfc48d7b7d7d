package ru.smolensk.registry.persistence.jpa;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.event.EventStatistics;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Grouped counts of event entries in JPQL. */
@ApplicationScoped
public class JpaEventStatistics implements EventStatistics {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaEventStatistics() {
    }

    public JpaEventStatistics(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, Long> byCountry(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        return counts("select c, count(e) from EventEntry e join e.countryCodes c join e.submission s", "c", periods,
                kind, status);
    }

    @Override
    public Map<String, Long> byOrganization(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        return counts("select s.organization.code, count(e) from EventEntry e join e.submission s",
                "s.organization.code", periods, kind, status);
    }

    @Override
    public Map<String, Long> bySphere(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        return counts("select sp.code, count(e) from EventEntry e join e.sectionSphere sp join e.submission s",
                "sp.code", periods, kind, status);
    }

    @Override
    public List<LocalDate> startDates(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        TypedQuery<LocalDate> query = em.createQuery("select e.dates.start from EventEntry e join e.submission s"
                + where(kind, status) + " and e.dates.start is not null", LocalDate.class);
        return bind(query, periods, kind, status).getResultList();
    }

    @Override
    public Map<String, Long> heldPlanEntriesByOrganization(Collection<ReportingPeriod> periods,
            SubmissionStatus status) {
        return counts("select s.organization.code, count(distinct e) from EventEntry r join r.planEntry e"
                + " join e.submission s join r.submission rs", "s.organization.code", periods, DocumentKind.PLAN,
                status, status == null ? "" : " and rs.status = :status");
    }

    @Override
    public Map<String, Long> plannedOutcomesByOrganization(Collection<ReportingPeriod> periods,
            SubmissionStatus status, Outcome outcome) {
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
                + " group by s.organization.code order by s.organization.code", Object[].class);
        return collect(bind(query, periods, DocumentKind.PLAN, status).setParameter("outcome", outcome));
    }

    private Map<String, Long> counts(String select, String groupBy, Collection<ReportingPeriod> periods,
            DocumentKind kind, SubmissionStatus status) {
        return counts(select, groupBy, periods, kind, status, "");
    }

    private Map<String, Long> counts(String select, String groupBy, Collection<ReportingPeriod> periods,
            DocumentKind kind, SubmissionStatus status, String condition) {
        TypedQuery<Object[]> query = em.createQuery(select + where(kind, status) + condition + " group by "
                + groupBy + " order by " + groupBy, Object[].class);
        return collect(bind(query, periods, kind, status));
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
