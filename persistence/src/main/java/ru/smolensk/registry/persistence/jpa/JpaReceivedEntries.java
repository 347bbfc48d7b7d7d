package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

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

    /** In SQL, as JPQL would join each entry to its submission only to read the submission's id. */
    private static final String STATES = "select id, source_record_id, submission_id, section_title, name_raw,"
            + " place_raw, dates_raw, description_raw, goal_raw, outcome_raw, participants_raw"
            + " from event_entry where source_system = ? and source_record_id in (%s)";
    private static final String SUBMISSIONS = "select s.id, o.code, s.period, s.kind, s.status"
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
     * Reads the entries' columns by the index on (source record id, source system), then the few submissions they
     * belong to: joining every entry to its submission and organisation cost two more index lookups per record.
     */
    @Override
    public Map<String, ReceivedEntryState> findStates(String system, Collection<String> recordIds) {
        List<Object[]> entries = new ArrayList<>();
        for (List<String> chunk : ParameterChunks.of(recordIds)) {
            Query query = em.createNativeQuery(String.format(STATES, String.join(", ",
                    Collections.nCopies(chunk.size(), "?")))).setParameter(1, system);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 2, chunk.get(i));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = query.getResultList();
            entries.addAll(rows);
        }
        Map<Long, Object[]> submissions = new HashMap<>();
        Set<Long> submissionIds = new LinkedHashSet<>();
        entries.forEach(r -> submissionIds.add(((Number) r[2]).longValue()));
        for (List<Long> chunk : ParameterChunks.of(submissionIds)) {
            em.createQuery(SUBMISSIONS, Object[].class).setParameter("ids", chunk).getResultList()
                    .forEach(r -> submissions.put((Long) r[0], r));
        }
        Map<String, ReceivedEntryState> states = new HashMap<>();
        for (Object[] r : entries) {
            Object[] submission = submissions.get(((Number) r[2]).longValue());
            states.put((String) r[1], new ReceivedEntryState(((Number) r[0]).longValue(), (String) r[1],
                    (String) submission[1],
                    (ReportingPeriod) submission[2], (DocumentKind) submission[3], (SubmissionStatus) submission[4],
                    (String) r[3], new OfficialColumns((String) r[4], (String) r[5], (String) r[6], (String) r[7],
                            (String) r[8], (String) r[9], (String) r[10])));
        }
        return states;
    }
}
