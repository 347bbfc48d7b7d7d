package ru.smolensk.registry.domain.application.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.CampaignRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The periods for which an operator's organisation may start a plan or report now: the periods of the campaigns
 * open for it today first (earliest deadline first), then the usual ones (plans: the current and the next
 * half-year; reports: the last and the current quarter). Other roles start documents through the API or imports:
 * they get no periods here.
 */
@ApplicationScoped
public class PeriodsToStart {

    private CurrentUser user;
    private CampaignRepository campaigns;

    protected PeriodsToStart() {
        // for CDI proxies
    }

    @Inject
    public PeriodsToStart(CurrentUser user, CampaignRepository campaigns) {
        this.user = user;
        this.campaigns = campaigns;
    }

    /** The periods to offer for a new document of the kind, without repetitions. */
    public List<ReportingPeriod> of(DocumentKind kind, LocalDate today) {
        Organization organization = user.organization().orElse(null);
        if (organization == null || user.seesAllOrganizations()) {
            return List.of();
        }
        Set<ReportingPeriod> periods = new LinkedHashSet<>();
        campaigns.findAll().stream()
                .filter(c -> c.kind() == kind && c.level() == organization.level())
                .filter(c -> c.isOpenFor(organization, today))
                .sorted(java.util.Comparator.comparing((Campaign c) -> c.deadlineFor(organization))
                        .thenComparing(Campaign::period))
                .forEach(c -> periods.add(c.period()));
        periods.addAll(usual(kind, today));
        return new ArrayList<>(periods);
    }

    private static List<ReportingPeriod> usual(DocumentKind kind, LocalDate today) {
        if (kind == DocumentKind.PLAN) {
            ReportingPeriod current = ReportingPeriod.containing(today, PeriodType.HALF_YEAR);
            return List.of(current.next(), current);
        }
        ReportingPeriod current = ReportingPeriod.containing(today, PeriodType.QUARTER);
        return List.of(current.previous(), current);
    }
}
