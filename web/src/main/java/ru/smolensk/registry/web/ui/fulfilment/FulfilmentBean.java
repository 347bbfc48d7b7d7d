package ru.smolensk.registry.web.ui.fulfilment;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.fulfilment.Fulfilment;
import ru.smolensk.registry.domain.application.fulfilment.FulfilmentService;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.session.SignedInUser;

/**
 * The plan fulfilment screen: for a half-year, per organisation the counts and the plan entries with their
 * outcome and the events held without a plan. An operator sees their own organisation including drafts and
 * records the outcome of a plan entry; the coordinator sees all organisations (approved data, or with drafts).
 */
@Named("fulfilment")
@ViewScoped
public class FulfilmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FulfilmentService service;

    @Inject
    PeriodChoices periods;

    @Inject
    SignedInUser user;

    private String period;
    private boolean includeDrafts;
    private transient Fulfilment data;
    private Long selectedEntry;
    private String selectedName;
    private Outcome outcome;
    private String comment;

    /** The chosen half-year's fulfilment, read once per request cycle. */
    public List<Fulfilment.OrganizationFulfilment> getOrganizations() {
        if (data == null) {
            try {
                boolean drafts = user.isOperator() || includeDrafts;
                data = service.fulfilment(ReportingPeriod.parse(getPeriod()), user.getOrganizationCode(), drafts);
            } catch (DomainException e) {
                Texts.errorText(e.getMessage());
                return List.of();
            }
        }
        return data.organizations();
    }

    public void show() {
        data = null;
    }

    /** Chooses a plan entry whose outcome the user records next. */
    public void prepare(Fulfilment.PlannedItem item) {
        selectedEntry = item.planEntry().id();
        selectedName = item.planEntry().name();
        outcome = item.outcome() == Outcome.NO_INFORMATION ? Outcome.NOT_HELD : item.outcome();
        comment = item.comment();
    }

    /** Records the outcome entered for the chosen plan entry. */
    public void record() {
        if (selectedEntry == null) {
            return;
        }
        try {
            service.record(selectedEntry, outcome, comment);
            Texts.info("fulfilment.recorded", selectedName);
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        data = null;
    }

    /** The link of the Excel sheet of the chosen half-year. */
    public String getWorkbookUrl() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String organization = user.getOrganizationCode();
        return base + "/api/fulfilment/" + getPeriod() + ".xlsx?includeDrafts=" + (user.isOperator() || includeDrafts)
                + (organization == null ? "" : "&organization=" + organization);
    }

    public Outcome[] getOutcomes() {
        return new Outcome[]{Outcome.HELD, Outcome.HELD_WITH_CHANGES, Outcome.NOT_HELD};
    }

    public boolean mayRecord(Fulfilment.OrganizationFulfilment organization) {
        return "APPROVED".equals(organization.planStatus()) && (user.isCoordinator() || user.isOperator());
    }

    public String getPeriod() {
        if (period == null) {
            period = periods.currentHalfYear().code();
        }
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public boolean isIncludeDrafts() {
        return includeDrafts;
    }

    public void setIncludeDrafts(boolean includeDrafts) {
        this.includeDrafts = includeDrafts;
    }

    public String getSelectedName() {
        return selectedName;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
