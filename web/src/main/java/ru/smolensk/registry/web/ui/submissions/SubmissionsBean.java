package ru.smolensk.registry.web.ui.submissions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.web.ui.PeriodChoices;
import ru.smolensk.registry.domain.application.submission.PeriodsToStart;
import ru.smolensk.registry.domain.application.submission.SubmissionExistsException;
import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * The plans and reports screen: the submissions the user may see, filtered by period and status;
 * operators send theirs to the coordinator, the coordinator approves them or returns them with a
 * reason. Every action passes the version the user saw.
 */
@Named("submissions")
@ViewScoped(saveInViewState = true)
public class SubmissionsBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SubmissionService service;

    @Inject
    transient PeriodsToStart periodsToStart;

    private String period;
    private String newPlanPeriod;
    private String newReportPeriod;
    private List<ReportingPeriod> planPeriods;
    private List<ReportingPeriod> reportPeriods;
    private SubmissionStatus status;
    private DocumentKind kind;
    private List<SubmissionRow> rows;
    private SubmissionRow selected;
    private String reason;

    /**
     * The submissions matching the filters, newest period first; the review queue (status «На рассмотрении») oldest
     * submission first, the order the coordinator works through it.
     */
    public List<SubmissionRow> getRows() {
        if (rows == null) {
            rows = service.list(new SubmissionQuery(periodFilter(), kind, null, null, status))
                    .stream().sorted(order(status)).map(SubmissionRow::of).toList();
        }
        return rows;
    }

    /** The order of a list: the review queue oldest submission first, any other newest period first. */
    static Comparator<Submission> order(SubmissionStatus status) {
        if (status == SubmissionStatus.SUBMITTED) {
            return Comparator.comparing(Submission::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Submission::id);
        }
        return Comparator.comparing(Submission::period, Comparator.reverseOrder())
                .thenComparing(s -> s.organization().kind()).thenComparing(s -> s.organization().sortOrder())
                .thenComparing(Submission::kind);
    }

    /** Whether the list is the review queue: the documents awaiting the coordinator's decision. */
    public boolean isQueue() {
        return status == SubmissionStatus.SUBMITTED;
    }

    private ReportingPeriod periodFilter() {
        try {
            return period == null || period.isBlank() ? null : ReportingPeriod.parse(period);
        } catch (DomainException e) {
            period = null;
            return null;
        }
    }

    /** Applies the filters. */
    public void search() {
        rows = null;
    }

    /** The half-years the operator's organisation may start a plan for now (open campaigns first). */
    public List<ReportingPeriod> getPlanPeriods() {
        if (planPeriods == null) {
            planPeriods = periodsToStart.of(DocumentKind.PLAN, LocalDate.now());
        }
        return planPeriods;
    }

    /** The quarters the operator's organisation may start a report for now (open campaigns first). */
    public List<ReportingPeriod> getReportPeriods() {
        if (reportPeriods == null) {
            reportPeriods = periodsToStart.of(DocumentKind.REPORT, LocalDate.now());
        }
        return reportPeriods;
    }

    /** «Новый план»: creates the draft of the chosen half-year and opens it (or opens the one that exists). */
    public String startPlan() {
        return start(DocumentKind.PLAN, newPlanPeriod == null && !getPlanPeriods().isEmpty()
                ? getPlanPeriods().get(0).code()
                : newPlanPeriod);
    }

    /** «Новый отчет»: creates the draft of the chosen quarter and opens it (or opens the one that exists). */
    public String startReport() {
        return start(DocumentKind.REPORT, newReportPeriod == null && !getReportPeriods().isEmpty()
                ? getReportPeriods().get(0).code()
                : newReportPeriod);
    }

    private String start(DocumentKind kind, String periodCode) {
        long id;
        try {
            id = service.create(null, periodCode == null ? null : ReportingPeriod.parse(periodCode), kind).id();
            Texts.info("submissions.started");
        } catch (SubmissionExistsException e) {
            id = e.existingId();
            Texts.info("submissions.exists");
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
            return null;
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .setKeepMessages(true);
        return "/app/submission.xhtml?faces-redirect=true&id=" + id;
    }

    public void submit(SubmissionRow row) {
        act(() -> service.submit(row.id(), row.version()), "submissions.submitted", row);
    }

    public void approve(SubmissionRow row) {
        act(() -> service.approve(row.id(), row.version(), null), "submissions.approved", row);
    }

    /** Chooses the submission to return; the page then asks for the reason. */
    public void prepareReturn(SubmissionRow row) {
        selected = row;
        reason = null;
    }

    /** Returns the chosen submission with the reason entered. */
    public void returnSelected() {
        if (selected != null) {
            SubmissionRow row = selected;
            act(() -> service.returnForCorrection(row.id(), row.version(), reason), "submissions.returned", row);
            selected = null;
        }
    }

    private void act(Runnable action, String doneKey, SubmissionRow row) {
        try {
            action.run();
            Texts.info(doneKey, PeriodChoices.titleOf(row.kind(), row.period(), row.organization()));
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        rows = null;
    }

    public SubmissionStatus[] getStatuses() {
        return SubmissionStatus.values();
    }

    public String getNewPlanPeriod() {
        return newPlanPeriod;
    }

    public void setNewPlanPeriod(String newPlanPeriod) {
        this.newPlanPeriod = newPlanPeriod;
    }

    public String getNewReportPeriod() {
        return newReportPeriod;
    }

    public void setNewReportPeriod(String newReportPeriod) {
        this.newReportPeriod = newReportPeriod;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public void setStatus(SubmissionStatus status) {
        this.status = status;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public SubmissionRow getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
