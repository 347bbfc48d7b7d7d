package ru.smolensk.registry.domain.application.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.model.campaign.CampaignClosed;
import ru.smolensk.registry.domain.model.campaign.CampaignRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;

/**
 * Refuses operators' changes to a plan or report after the closing date of its campaign, unless their
 * organisation has an extension that has not expired. The coordinator and administrators are not bound by it;
 * periods without a campaign have no deadline.
 */
@ApplicationScoped
public class CampaignGuard {

    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CurrentUser user;
    private CampaignRepository campaigns;

    protected CampaignGuard() {
        // for CDI proxies
    }

    @Inject
    public CampaignGuard(CurrentUser user, CampaignRepository campaigns) {
        this.user = user;
        this.campaigns = campaigns;
    }

    public void ensureOpen(Submission submission) {
        ensureOpen(submission.organization(), submission.kind(), submission.period());
    }

    /** The same check for a document that may not exist yet (an import creates it). */
    public void ensureOpen(Organization organization, DocumentKind kind, ReportingPeriod period) {
        ensureOpen(user, organization, kind, period);
    }

    /**
     * The check for an explicit actor (imports at startup run outside a request, as the system).
     *
     * @throws CampaignClosed when the deadline passed for an operator
     */
    public void ensureOpen(CurrentUser actor, Organization organization, DocumentKind kind, ReportingPeriod period) {
        if (actor.seesAllOrganizations()) {
            return;
        }
        LocalDate today = LocalDate.now();
        campaigns.find(kind, organization.level(), period).filter(c -> !c.isOpenFor(organization, today))
                .ifPresent(c -> {
                    throw new CampaignClosed(kind, period, c.deadlineFor(organization));
                });
    }
}
