package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.exchange.ExchangeDirection;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;

/** The exchange journal in JPA. */
@ApplicationScoped
public class JpaExchangeJournal implements ExchangeJournal {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaExchangeJournal() {
    }

    public JpaExchangeJournal(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ExchangeMessage> find(String partner, String messageId) {
        return em.createQuery("select m from ExchangeMessage m where m.partner = :partner and m.messageId = :id"
                + " and m.dedupKey is not null",
                ExchangeMessage.class).setParameter("partner", partner).setParameter("id", messageId)
                .getResultStream().findFirst();
    }

    @Override
    public ExchangeMessage save(ExchangeMessage message) {
        return Persisting.save(em, message, message.id());
    }

    @Override
    public int forgetBodiesBefore(java.time.OffsetDateTime before) {
        return em.createQuery("update ExchangeMessage m set m.responseBody = null where m.receivedAt < :before"
                + " and m.responseBody is not null").setParameter("before", before).executeUpdate();
    }

    @Override
    public List<ExchangeMessage> search(String partner, ExchangeDirection direction, int limit) {
        String where = (partner == null ? "" : " and m.partner = :partner")
                + (direction == null ? "" : " and m.direction = :direction");
        TypedQuery<ExchangeMessage> query = em.createQuery("select m from ExchangeMessage m where 1 = 1" + where
                + " order by m.receivedAt desc, m.id desc", ExchangeMessage.class);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        if (direction != null) {
            query.setParameter("direction", direction);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
