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
import ru.smolensk.registry.domain.model.exchange.ReceivedEntries;

/** Event entries received from partner systems, by (source system, source record id), in JPA. */
@ApplicationScoped
public class JpaReceivedEntries implements ReceivedEntries {

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
     * Reads the entries with their submissions, countries and agreements in a few queries, so that rewriting them
     * later in the same transaction loads little one by one. (Batch reading of the collections of embeddables,
     * places and field statuses, breaks EclipseLink 4.0's change detection at commit; they load per entry.)
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
                    .setHint(EntryFetching.BATCH_TYPE, "IN").setHint(EntryFetching.BATCH, "e.countryCodes")
                    .setHint(EntryFetching.BATCH, "e.agreements").getResultList()
                    .forEach(e -> found.put(e.sourceRecordId(), e));
        }
        return found;
    }
}
