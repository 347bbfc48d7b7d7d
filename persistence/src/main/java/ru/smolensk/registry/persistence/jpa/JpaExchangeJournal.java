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
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.JournalLine;

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
        return em.createQuery("update ExchangeMessage m set m.requestBody = null, m.responseBody = null"
                + " where m.receivedAt < :before and (m.requestBody is not null or m.responseBody is not null)")
                .setParameter("before", before).executeUpdate();
    }

    @Override
    public Optional<ExchangeMessage> findById(long id) {
        return Optional.ofNullable(em.find(ExchangeMessage.class, id));
    }

    @Override
    public List<JournalLine> search(String partner, ExchangeDirection direction, ExchangeStatus status, int limit) {
        String where = (partner == null ? "" : " and m.partner = :partner")
                + (direction == null ? "" : " and m.direction = :direction")
                + (status == null ? "" : " and m.status = :status");
        TypedQuery<JournalLine> query = em.createQuery("select new " + JournalLine.class.getName()
                + "(m.id, m.messageId, m.referenceMessageId, m.partner, m.operation, m.direction, m.receivedAt,"
                + " m.answeredAt, m.sizeBytes, m.bodySha256, m.status, m.faultCode) from ExchangeMessage m where 1 = 1"
                + where + " order by m.receivedAt desc, m.id desc", JournalLine.class);
        if (partner != null) {
            query.setParameter("partner", partner);
        }
        if (direction != null) {
            query.setParameter("direction", direction);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
