package ru.smolensk.registry.web.ui.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.campaign.CampaignService;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.web.ui.PeriodChoices;

/**
 * The campaigns on the dashboard: an operator's deadlines and overdue documents, and for the coordinator the
 * completeness of the campaigns of the current periods and of those open today.
 */
@Named("campaignPanel")
@RequestScoped
public class CampaignPanelBean {

    @Inject
    CurrentUser user;

    @Inject
    CampaignService campaigns;

    @Inject
    SubmissionService submissions;

    @Inject
    PeriodChoices periods;

    private List<DeadlineRow> deadlines;
    private List<CompletenessRow> completeness;

    /** The operator's deadlines, newest period first. */
    public List<DeadlineRow> getDeadlines() {
        if (deadlines == null) {
            Organization organization = user.organization().orElse(null);
            deadlines = organization == null
                    ? List.of()
                    : Deadlines.of(organization, campaigns.all(), submissions.list(SubmissionQuery.all()
                            .ofOrganization(organization.code())), campaigns.notices());
        }
        return deadlines;
    }

    /** Completeness of the campaigns of the current periods and of the campaigns open today. */
    public List<CompletenessRow> getCompleteness() {
        if (completeness == null) {
            completeness = new ArrayList<>();
            ReportingPeriod half = periods.currentHalfYear();
            ReportingPeriod quarter = periods.lastQuarter();
            Set<ReportingPeriod> current = Set.of(half, half.previous(), quarter, quarter.previous());
            LocalDate today = LocalDate.now();
            for (Campaign c : campaigns.all()) {
                boolean open = !today.isBefore(c.opensOn()) && !today.isAfter(c.closesOn());
                if (open || current.contains(c.period())) {
                    try {
                        completeness.add(CompletenessRow.of(campaigns.completeness(c.kind(), c.level(), c.period())));
                    } catch (DomainException e) {
                        // not the coordinator's: nothing to show
                    }
                }
            }
        }
        return completeness;
    }
}
