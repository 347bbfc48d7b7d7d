package ru.smolensk.registry.persistence.jpa;

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
}
