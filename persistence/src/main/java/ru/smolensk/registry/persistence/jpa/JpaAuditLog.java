package ru.smolensk.registry.persistence.jpa;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;

/** The audit log in JPA (append only). */
@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaAuditLog() {
    }

    public JpaAuditLog(EntityManager em) {
        this.em = em;
    }

    @Override
    public void append(AuditRecord record) {
        em.persist(record);
    }

    @Override
    public List<AuditRecord> search(String entityType, String entityId, String username, OffsetDateTime from,
            OffsetDateTime to, int limit) {
        List<String> conditions = new ArrayList<>();
        if (entityType != null) {
            conditions.add("a.entityType = :entityType");
        }
        if (entityId != null) {
            conditions.add("a.entityId = :entityId");
        }
        if (username != null) {
            conditions.add("a.username = :username");
        }
        if (from != null) {
            conditions.add("a.occurredAt >= :from");
        }
        if (to != null) {
            conditions.add("a.occurredAt < :to");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditRecord> query = em.createQuery(
                "select a from AuditRecord a" + where + " order by a.occurredAt desc, a.id desc", AuditRecord.class);
        if (entityType != null) {
            query.setParameter("entityType", entityType);
        }
        if (entityId != null) {
            query.setParameter("entityId", entityId);
        }
        if (username != null) {
            query.setParameter("username", username);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditRecord> deletions(String entityType, OffsetDateTime from) {
        return em.createQuery("select a from AuditRecord a where a.entityType = :entityType and a.action = :delete"
                + " and a.occurredAt >= :from order by a.occurredAt, a.id", AuditRecord.class)
                .setParameter("entityType", entityType).setParameter("delete", AuditAction.DELETE)
                .setParameter("from", from).getResultList();
    }
}
