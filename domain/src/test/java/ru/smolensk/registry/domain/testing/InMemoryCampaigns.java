package ru.smolensk.registry.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.CampaignRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** Reporting campaigns in memory (none until a test saves one: no deadlines). */
public final class InMemoryCampaigns implements CampaignRepository {

    private final List<Campaign> all = new ArrayList<>();

    @Override
    public Optional<Campaign> find(DocumentKind kind, Level level, ReportingPeriod period) {
        return all.stream().filter(c -> c.kind() == kind && c.level() == level && c.period().equals(period))
                .findFirst();
    }

    @Override
    public List<Campaign> findAll() {
        return List.copyOf(all);
    }

    @Override
    public Campaign save(Campaign campaign) {
        if (!all.contains(campaign)) {
            all.add(campaign);
        }
        return campaign;
    }
}
