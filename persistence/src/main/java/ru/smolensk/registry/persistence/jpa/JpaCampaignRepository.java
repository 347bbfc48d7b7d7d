package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.CampaignRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** Campaigns in JPA. */
@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaCampaignRepository() {
    }

    public JpaCampaignRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Campaign> find(DocumentKind kind, Level level, ReportingPeriod period) {
        return em.createQuery("select c from Campaign c where c.kind = :kind and c.level = :level"
                + " and c.period = :period", Campaign.class).setParameter("kind", kind).setParameter("level", level)
                .setParameter("period", period).getResultStream().findFirst();
    }

    @Override
    public List<Campaign> findAll() {
        return em.createQuery("select c from Campaign c order by c.period desc, c.kind, c.level", Campaign.class)
                .getResultList();
    }

    @Override
    public Campaign save(Campaign campaign) {
        return Persisting.save(em, campaign, campaign.id());
    }
}
