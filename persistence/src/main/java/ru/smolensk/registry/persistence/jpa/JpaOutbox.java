package ru.smolensk.registry.persistence.jpa;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.exchange.OutboundMessage;
import ru.smolensk.registry.domain.model.exchange.OutboundStatus;
import ru.smolensk.registry.domain.model.exchange.Outbox;

/** The outbox in JPA. */
@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaOutbox() {
    }

    public JpaOutbox(EntityManager em) {
        this.em = em;
    }

    @Override
    public OutboundMessage save(OutboundMessage message) {
        return Persisting.save(em, message, message.id());
    }

    @Override
    public Optional<OutboundMessage> findById(long id) {
        return Optional.ofNullable(em.find(OutboundMessage.class, id));
    }

    @Override
    public List<Long> due(OffsetDateTime now, int limit) {
        return em.createQuery("select m.id from OutboundMessage m where m.status = :pending"
                + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboundStatus.PENDING).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<OutboundMessage> search(OutboundStatus status, String partner, int limit) {
        String where = (status == null ? "" : " and m.status = :status")
                + (partner == null ? "" : " and m.partner = :partner");
        TypedQuery<OutboundMessage> query = em.createQuery("select m from OutboundMessage m where 1 = 1" + where
                + " order by m.createdAt desc, m.id desc", OutboundMessage.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
