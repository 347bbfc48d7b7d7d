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

    @Override
    public SentReminder record(SentReminder reminder) {
        em.persist(reminder);
        em.flush();
        return reminder;
    }

    @Override
    public List<SentReminder> latest(int limit) {
        return em.createQuery("select r from SentReminder r order by r.sentAt desc, r.id desc", SentReminder.class)
                .setMaxResults(limit).getResultList();
    }
}
