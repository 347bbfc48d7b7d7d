package ru.smolensk.registry.persistence.jpa;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    private static final String STATES = "select e.id, e.sourceRecordId, o.code, s.period, s.kind, s.status,"
            + " e.sectionTitle, e.columns.name, e.columns.place, e.columns.dates, e.columns.description,"
            + " e.columns.goal, e.columns.outcome, e.columns.participants"
            + " from EventEntry e join e.submission s join s.organization o"
            + " where e.sourceSystem = :system and e.sourceRecordId in :recordIds";

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

    @Override
    public Map<String, ReceivedEntryState> findStates(String system, Collection<String> recordIds) {
        Map<String, ReceivedEntryState> states = new HashMap<>();
        for (List<String> chunk : ParameterChunks.of(recordIds)) {
            for (Object[] r : em.createQuery(STATES, Object[].class).setParameter("system", system)
                    .setParameter("recordIds", chunk).getResultList()) {
                states.put((String) r[1], new ReceivedEntryState((Long) r[0], (String) r[1], (String) r[2],
                        (ReportingPeriod) r[3], (DocumentKind) r[4], (SubmissionStatus) r[5], (String) r[6],
                        new OfficialColumns((String) r[7], (String) r[8], (String) r[9], (String) r[10],
                                (String) r[11], (String) r[12], (String) r[13])));
            }
        }
        return states;
    }
}
