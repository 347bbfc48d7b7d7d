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
import ru.smolensk.registry.domain.model.exchange.JournalFilter;
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
    public int forgetBodiesBefore(java.time.OffsetDateTime before, int limit) {
        List<Long> ids = em.createQuery("select m.id from ExchangeMessage m where m.receivedAt < :before"
                + " and (m.requestBody is not null or m.responseBody is not null or m.receipt is not null)"
                + " order by m.id", Long.class).setParameter("before", before).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("update ExchangeMessage m set m.requestBody = null, m.responseBody = null,"
                + " m.receipt = null, m.answerEnvelope = null where m.id in :ids").setParameter("ids", ids)
                .executeUpdate();
    }

    @Override
    public Optional<ExchangeMessage> findById(long id) {
        return Optional.ofNullable(em.find(ExchangeMessage.class, id));
    }

    @Override
    public Optional<ExchangeMessage> findUsed(String partner, String messageId) {
        return em.createQuery("select m from ExchangeMessage m where m.partner = :partner and m.messageId = :id"
                + " and m.direction = :in and m.status <> :refused order by m.receivedAt desc, m.id desc",
                ExchangeMessage.class).setParameter("partner", partner).setParameter("id", messageId)
                .setParameter("in", ExchangeDirection.IN).setParameter("refused", ExchangeStatus.REFUSED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<ExchangeMessage> findLatest(String partner, String messageId) {
        return em.createQuery("select m from ExchangeMessage m where m.partner = :partner and m.messageId = :id"
                + " and m.direction = :in order by m.receivedAt desc, m.id desc", ExchangeMessage.class)
                .setParameter("partner", partner).setParameter("id", messageId)
                .setParameter("in", ExchangeDirection.IN).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean exchanged(String partner, String messageId) {
        return !em.createQuery("select m.id from ExchangeMessage m where m.partner = :partner"
                + " and (m.messageId = :id or m.answerMessageId = :id)", Long.class)
                .setParameter("partner", partner).setParameter("id", messageId).setMaxResults(1).getResultList()
                .isEmpty();
    }

    /**
     * The test flag as SQL's boolean literal (EclipseLink binds a Boolean parameter or literal as 1 or 0 on H2, which
     * H2 2 does not compare with a BOOLEAN column).
     */
    private static String testCondition(boolean test) {
        return " and SQL('? = " + (test ? "TRUE" : "FALSE") + "', m.testMessage)";
    }

    @Override
    public List<JournalLine> search(JournalFilter filter) {
        String where = (filter.partner() == null ? "" : " and m.partner = :partner")
                + (filter.direction() == null ? "" : " and m.direction = :direction")
                + (filter.status() == null ? "" : " and m.status = :status")
                + (filter.messageId() == null ? "" : " and (m.messageId = :id or m.referenceMessageId = :id)")
                + (filter.test() == null ? "" : testCondition(filter.test()));
        TypedQuery<JournalLine> query = em.createQuery("select new " + JournalLine.class.getName()
                + "(m.id, m.messageId, m.referenceMessageId, m.partner, m.operation, m.direction, m.receivedAt,"
                + " m.answeredAt, m.sizeBytes, m.bodySha256, m.status, m.faultCode, m.testMessage, m.replayOf)"
                + " from ExchangeMessage m where 1 = 1" + where + " order by m.receivedAt desc, m.id desc",
                JournalLine.class);
        if (filter.partner() != null) {
            query.setParameter("partner", filter.partner());
        }
        if (filter.direction() != null) {
            query.setParameter("direction", filter.direction());
        }
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.messageId() != null) {
            query.setParameter("id", filter.messageId());
        }
        return query.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
    }
}
