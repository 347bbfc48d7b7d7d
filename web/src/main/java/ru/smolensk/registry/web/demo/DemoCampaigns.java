package ru.smolensk.registry.web.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.CampaignRepository;
import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * Announces the campaigns of the current periods in a demo registry, so a newcomer sees deadlines, completeness
 * and reminders working: the plans of the next half-year and the reports of the last quarter, at both levels, open
 * on the day the demo starts (reports due within {@value #REPORT_DAYS_LEFT} days, so operators are reminded). A
 * campaign that exists is left as it is.
 */
@ApplicationScoped
public class DemoCampaigns {

    private static final Logger LOG = Logger.getLogger(DemoCampaigns.class.getName());
    static final int PLAN_DAYS_LEFT = 20;
    static final int REPORT_DAYS_LEFT = 5;

    @Inject
    CampaignRepository campaigns;

    @Transactional
    public void announceCurrent(LocalDate today) {
        ReportingPeriod nextHalfYear = ReportingPeriod.containing(today, PeriodType.HALF_YEAR).next();
        ReportingPeriod lastQuarter = ReportingPeriod.containing(today, PeriodType.QUARTER).previous();
        for (Level level : List.of(Level.MUNICIPAL, Level.REGIONAL)) {
            announce(DocumentKind.PLAN, level, nextHalfYear, today.minusDays(10), today.plusDays(PLAN_DAYS_LEFT));
            announce(DocumentKind.REPORT, level, lastQuarter, today.minusDays(20), today.plusDays(REPORT_DAYS_LEFT));
        }
    }

    private void announce(DocumentKind kind, Level level, ReportingPeriod period, LocalDate opensOn,
            LocalDate closesOn) {
        if (campaigns.find(kind, level, period).isEmpty()) {
            campaigns.save(new Campaign(kind, level, period, opensOn, closesOn));
            LOG.info(() -> "Demo campaign " + kind + "/" + level + "/" + period + ": " + opensOn + " - " + closesOn);
        }
    }
}
