package ru.smolensk.registry.domain.model.campaign;

import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** Reporting campaigns. */
public interface CampaignRepository {

    Optional<Campaign> find(DocumentKind kind, Level level, ReportingPeriod period);

    /** All campaigns, newest period first. */
    List<Campaign> findAll();

    Campaign save(Campaign campaign);
}
