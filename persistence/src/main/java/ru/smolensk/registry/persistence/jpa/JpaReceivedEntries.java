package ru.smolensk.registry.persistence.jpa;

import static java.util.stream.Collectors.toSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntries;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntryState;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Event entries received from partner systems, by (source system, source record id), in JPA. */
@ApplicationScoped
public class JpaReceivedEntries implements ReceivedEntries {

    /** The entries alone: their submission by its key, not joined (a hundred records have one or a few). */
    private static final String ENTRY_STATES = "select e.id, e.sourceRecordId, e.submissionId, e.sectionTitle,"
            + " e.columns.name, e.columns.place, e.columns.dates, e.columns.description, e.columns.goal,"
            + " e.columns.outcome, e.columns.participants"
            + " from EventEntry e where e.sourceSystem = :system and e.sourceRecordId in :recordIds";
    private static final String SUBMISSION_STATES = "select s.id, o.code, s.period, s.kind, s.status"
            + " from Submission s join s.organization o where s.id in :ids";

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaReceivedEntries() {
    }

    public JpaReceivedEntries(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<EventEntry> findBySource(String system, String recordId) {
        return em.createQuery("select e from EventEntry e where e.sourceSystem = :system"
                + " and e.sourceRecordId = :recordId", EventEntry.class).setParameter("system", system)
                .setParameter("recordId", recordId).getResultStream().findFirst();
    }

    /**
     * Reads the entries with their submissions and agreements in a few queries, so that rewriting them later in the
     * same transaction loads little one by one. Places, countries and field statuses are not read: a rewrite that
     * normalizes to the same leaves them alone (the entry's normalized digest), another one loads them per entry.
     * (Batch reading of the collections of embeddables breaks EclipseLink 4.0's change detection at commit.)
     */
    @Override
    public Map<String, EventEntry> findBySources(String system, Collection<String> recordIds) {
        Map<String, EventEntry> found = new HashMap<>();
        for (List<String> chunk : ParameterChunks.of(recordIds)) {
            em.createQuery("select e from EventEntry e where e.sourceSystem = :system"
                    + " and e.sourceRecordId in :recordIds", EventEntry.class).setParameter("system", system)
                    .setParameter("recordIds", chunk)
                    .setHint(EntryFetching.JOIN_FETCH, "e.submission")
                    .setHint(EntryFetching.JOIN_FETCH, "e.submission.organization")
                    .setHint(EntryFetching.BATCH_TYPE, "IN").setHint(EntryFetching.BATCH, "e.agreements")
                    .getResultList()
                    .forEach(e -> found.put(e.sourceRecordId(), e));
        }
        return found;
    }

    /**
     * Reads the entries without joining their submissions, then the few submissions they belong to: joining each of
     * a hundred entries to its submission and organisation cost more than the entries themselves.
     */
    @Override
    public Map<String, ReceivedEntryState> findStates(String system, Collection<String> recordIds) {
        List<Object[]> entries = new ArrayList<>();
        for (List<String> chunk : ParameterChunks.of(recordIds)) {
            entries.addAll(em.createQuery(ENTRY_STATES, Object[].class).setParameter("system", system)
                    .setParameter("recordIds", chunk).getResultList());
        }
        Map<Long, Object[]> submissions = submissionStates(entries.stream().map(e -> (Long) e[2]).collect(toSet()));
        Map<String, ReceivedEntryState> states = new HashMap<>();
        for (Object[] e : entries) {
            Object[] s = submissions.get((Long) e[2]);
            states.put((String) e[1], new ReceivedEntryState((Long) e[0], (String) e[1], (String) s[1],
                    (ReportingPeriod) s[2], (DocumentKind) s[3], (SubmissionStatus) s[4], (String) e[3],
                    new OfficialColumns((String) e[4], (String) e[5], (String) e[6], (String) e[7], (String) e[8],
                            (String) e[9], (String) e[10])));
        }
        return states;
    }

    private Map<Long, Object[]> submissionStates(Set<Long> ids) {
        Map<Long, Object[]> states = new HashMap<>();
        for (List<Long> chunk : ParameterChunks.of(ids)) {
            for (Object[] s : em.createQuery(SUBMISSION_STATES, Object[].class).setParameter("ids", chunk)
                    .getResultList()) {
                states.put((Long) s[0], s);
            }
        }
        return states;
    }
}
