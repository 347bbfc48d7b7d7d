package ru.smolensk.registry.web.ui.submissions;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.submission.SubmissionService;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.ui.Texts;

/**
 * The plans and reports screen: the submissions the user may see, filtered by period and status;
 * operators send theirs to the coordinator, the coordinator approves them or returns them with a
 * reason. Every action passes the version the user saw.
 */
@Named("submissions")
@ViewScoped
public class SubmissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SubmissionService service;

    private String period;
    private SubmissionStatus status;
    private List<SubmissionRow> rows;
    private SubmissionRow selected;
    private String reason;

    /** The submissions matching the filters, newest period first. */
    public List<SubmissionRow> getRows() {
        if (rows == null) {
            rows = service.list(new SubmissionQuery(period == null ? null : ReportingPeriod.parse(period), null, null,
                    null, status)).stream()
                    .sorted(Comparator.comparing(Submission::period, Comparator.reverseOrder())
                            .thenComparing(s -> s.organization().sortOrder()).thenComparing(Submission::kind))
                    .map(SubmissionRow::of).toList();
        }
        return rows;
    }

    /** Applies the filters. */
    public void search() {
        rows = null;
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
            Texts.info(doneKey, Texts.get("kind." + row.kind().name()) + " № " + row.id() + " — " + row.organization());
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
        }
        rows = null;
    }

    public SubmissionStatus[] getStatuses() {
        return SubmissionStatus.values();
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
