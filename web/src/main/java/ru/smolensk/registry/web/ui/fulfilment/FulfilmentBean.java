package ru.smolensk.registry.web.ui.fulfilment;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;

import jakarta.faces.context.FacesContext;
import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.fulfilment.Fulfilment;
import ru.smolensk.registry.domain.application.fulfilment.FulfilmentService;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.period.PeriodType;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import org.primefaces.PrimeFaces;

import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;
import ru.smolensk.registry.web.ui.session.SignedInUser;

/**
 * The plan fulfilment screen: for a half-year, per organisation the counts and the plan entries with their
 * outcome and the events held without a plan. An operator sees their own organisation including drafts and
 * records the outcome of a plan entry; the coordinator sees all organisations (approved data, or with drafts).
 * Recording a held outcome of a plan entry that no report entry is linked to offers the report entries to link in
 * the same dialog (linked and recorded in one step), or says what to do when none fits.
 */
@Named("fulfilment")
@ViewScoped(saveInViewState = true)
public class FulfilmentBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FulfilmentService service;

    @Inject
    transient PeriodChoices periods;

    @Inject
    transient SignedInUser user;

    private String period;
    private boolean includeDrafts;
    private transient Fulfilment data;
    private Long selectedEntry;
    private String selectedName;
    private Outcome outcome;
    private String comment;
    private boolean linked;
    private String halfYearQuarters;
    private List<LinkChoice> suggestions = List.of();
    private Long reportEntry;

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
        linked = !item.reportEntries().isEmpty();
        halfYearQuarters = ReportingPeriod.parse(item.planEntry().period()).quarters().stream()
                .map(ReportingPeriod::russianName).collect(Collectors.joining(" и "));
        reportEntry = null;
        suggestions = List.of();
        outcomeChanged();
    }

    /** Offers the report entries to link when the chosen outcome says held and none is linked yet. */
    public void outcomeChanged() {
        suggestions = List.of();
        if (isNeedsLink()) {
            try {
                suggestions = service.linkSuggestions(selectedEntry).stream().map(LinkChoice::of).toList();
            } catch (DomainException e) {
                dialogError(e.getMessage());
            }
            if (suggestions.size() == 1) {
                reportEntry = suggestions.get(0).reportEntryId();
            }
        }
    }

    /**
     * Records the outcome entered for the chosen plan entry (linking the chosen report entry first when needed);
     * the dialog stays open with the reason when it cannot be recorded.
     */
    public void record() {
        if (selectedEntry == null) {
            return;
        }
        try {
            service.record(selectedEntry, outcome, comment, isNeedsLink() ? reportEntry : null);
            Texts.info("fulfilment.recorded", selectedName);
            PrimeFaces.current().ajax().addCallbackParam("recorded", true);
            data = null;
        } catch (DomainException e) {
            dialogError(e.getMessage());
        }
    }

    private static void dialogError(String russianText) {
        FacesContext.getCurrentInstance().addMessage("outcomeForm",
                new FacesMessage(FacesMessage.SEVERITY_ERROR, russianText, null));
    }

    /** Whether the chosen outcome needs a report entry linked first (none is linked to the plan entry yet). */
    public boolean isNeedsLink() {
        return !linked && outcome != null && outcome.wasHeld();
    }

    public List<LinkChoice> getSuggestions() {
        return suggestions;
    }

    /** The quarters whose reports were searched, in words («I квартал 2026 года и II квартал 2026 года»). */
    public String getHalfYearQuarters() {
        return halfYearQuarters;
    }

    public Long getReportEntry() {
        return reportEntry;
    }

    public void setReportEntry(Long reportEntry) {
        this.reportEntry = reportEntry;
    }

    /** The link of the Excel sheet of the chosen half-year. */
    public String getWorkbookUrl() {
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        String organization = user.getOrganizationCode();
        return base + "/api/fulfilment/" + getPeriod() + ".xlsx?includeDrafts=" + (user.isOperator() || includeDrafts)
                + (organization == null ? "" : "&organization=" + organization);
    }

    /**
     * The half-years to choose from: those of the usual years, and the one named by the page's {@code period}
     * parameter when it lies outside them.
     */
    public List<ReportingPeriod> getHalfYears() {
        List<ReportingPeriod> all = new java.util.ArrayList<>(periods.halfYears());
        try {
            ReportingPeriod chosen = ReportingPeriod.parse(getPeriod());
            if (chosen.type() == PeriodType.HALF_YEAR && !all.contains(chosen)) {
                all.add(chosen);
                all.sort(java.util.Collections.reverseOrder());
            }
        } catch (DomainException e) {
            // a malformed parameter: the list says so when it is read
        }
        return all;
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
