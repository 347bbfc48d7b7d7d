package ru.smolensk.registry.persistence.jpa;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.ReminderType;
import ru.smolensk.registry.domain.model.campaign.SentReminder;
import ru.smolensk.registry.domain.model.campaign.SentReminderRepository;
import ru.smolensk.registry.domain.model.organization.Organization;

/** Sent reminders in JPA. */
@ApplicationScoped
public class JpaSentReminderRepository implements SentReminderRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaSentReminderRepository() {
    }

    public JpaSentReminderRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean exists(Campaign campaign, Organization organization, ReminderType type, LocalDate deadline) {
        return em.createQuery("select count(r) from SentReminder r where r.campaign = :c and r.organization = :o"
                + " and r.type = :t and r.deadline = :d", Long.class).setParameter("c", campaign)
                .setParameter("o", organization).setParameter("t", type).setParameter("d", deadline)
                .getSingleResult() > 0;
    }

    /**
     * {@code insert ... on conflict do nothing} (PostgreSQL, and H2 in its PostgreSQL mode): a duplicate of the
     * unique key is no error, so neither the database's nor the provider's log shows the race of two servers. The
     * id comes from the entity's sequence (its ids step by the allocation size, so no id the provider holds is
     * taken).
     */
    @Override
    public boolean recordIfAbsent(SentReminder reminder) {
        int inserted = em.createNativeQuery("insert into sent_reminder (id, campaign_id, organization_id,"
                + " reminder_type, deadline, recipient, sent_at) values (nextval('sent_reminder_seq'), ?1, ?2, ?3, ?4,"
                + " ?5, ?6) on conflict do nothing")
                .setParameter(1, reminder.campaign().id()).setParameter(2, reminder.organization().id())
                .setParameter(3, reminder.type().name()).setParameter(4, reminder.deadline())
                .setParameter(5, reminder.recipient()).setParameter(6, reminder.sentAt()).executeUpdate();
        return inserted == 1;
    }

    @Override
    public List<SentReminder> latest(int limit) {
        return em.createQuery("select r from SentReminder r order by r.sentAt desc, r.id desc", SentReminder.class)
                .setMaxResults(limit).getResultList();
    }
}
