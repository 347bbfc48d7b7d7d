package ru.smolensk.registry.persistence.jpa;

import java.util.ArrayList;
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

    /** Record ids per query: well below the bind parameter limits of H2 and PostgreSQL. */
    private static final int CHUNK = 500;

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
        List<String> ids = new ArrayList<>(recordIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            em.createQuery("select e from EventEntry e where e.sourceSystem = :system"
                    + " and e.sourceRecordId in :recordIds", EventEntry.class).setParameter("system", system)
                    .setParameter("recordIds", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .setHint(EntryFetching.JOIN_FETCH, "e.submission")
                    .setHint(EntryFetching.JOIN_FETCH, "e.submission.organization")
                    .setHint(EntryFetching.BATCH_TYPE, "IN").setHint(EntryFetching.BATCH, "e.countryCodes")
                    .setHint(EntryFetching.BATCH, "e.agreements").getResultList()
                    .forEach(e -> found.put(e.sourceRecordId(), e));
        }
        return found;
    }
}
