package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventSeries;
import ru.smolensk.registry.domain.model.event.EventSeriesRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Event series in JPA. */
@ApplicationScoped
public class JpaEventSeriesRepository implements EventSeriesRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaEventSeriesRepository() {
    }

    public JpaEventSeriesRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<EventSeries> findById(long id) {
        return Optional.ofNullable(em.find(EventSeries.class, id));
    }

    @Override
    public Optional<EventSeries> findByKey(String key) {
        return em.createQuery("select distinct s from EventSeries s left join s.otherKeys k where s.key = :key"
                + " or k = :key", EventSeries.class).setParameter("key", key).getResultStream().findFirst();
    }

    @Override
    public List<EventSeries> findAll() {
        return em.createQuery("select s from EventSeries s order by s.name, s.id", EventSeries.class).getResultList();
    }

    @Override
    public List<EventEntry> entriesOf(EventSeries series) {
        return em.createQuery("select e from EventEntry e join e.submission s where e.series = :series"
                + " order by s.period, s.kind, e.id", EventEntry.class).setParameter("series", series)
                .setHint("eclipselink.join-fetch", "e.submission").getResultList();
    }

    @Override
    public List<Member> members() {
        return em.createQuery("select e.series.id, s.period, s.organization.code, s.status from EventEntry e"
                + " join e.submission s where e.series is not null", Object[].class).getResultList().stream()
                .map(row -> new Member(((Number) row[0]).longValue(), (ReportingPeriod) row[1], (String) row[2],
                        (SubmissionStatus) row[3]))
                .toList();
    }

    @Override
    public List<Candidate> candidates() {
        return em.createQuery("select e.id, e.columns.name, s.period from EventEntry e join e.submission s"
                + " where e.series is null and e.seriesFixed = false order by s.period, e.id", Object[].class)
                .getResultList().stream()
                .map(row -> new Candidate(((Number) row[0]).longValue(), (String) row[1], (ReportingPeriod) row[2]))
                .toList();
    }

    @Override
    public EventSeries save(EventSeries series) {
        return Persisting.save(em, series, series.id());
    }

    @Override
    public void delete(EventSeries series) {
        em.remove(em.contains(series) ? series : em.merge(series));
        em.flush();
    }
}
