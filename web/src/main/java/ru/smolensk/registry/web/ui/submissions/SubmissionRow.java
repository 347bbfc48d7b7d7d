package ru.smolensk.registry.web.ui.submissions;

import java.io.Serializable;
import java.time.LocalDateTime;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.web.ui.RegionTime;

/**
 * A plan or report as a table row shows it.
 *
 * @param version the version the user saw, passed back with every action
 * @param submittedAt when it was last sent for review (local time of Smolensk), or null
 */
public record SubmissionRow(long id, long version, String organization, DocumentKind kind, String period,
        SubmissionStatus status, String returnReason, LocalDateTime submittedAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    static SubmissionRow of(Submission s) {
        return new SubmissionRow(s.id(), s.version(), s.organization().nameOn(s.period().start()), s.kind(),
                s.period().code(), s.status(), s.returnReason(),
                s.submittedAt() == null ? null : RegionTime.of(s.submittedAt()));
    }

    public boolean isSubmittable() {
        return status.isEditable();
    }

    /** An approved plan or report, which the coordinator may reopen with a reason. */
    public boolean isReopenable() {
        return status == SubmissionStatus.APPROVED;
    }

    public boolean isDecidable() {
        return status == SubmissionStatus.SUBMITTED;
    }
}
