package ru.smolensk.registry.domain.model.submission;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a plan or report: an operator drafts and submits it, the coordinator approves it
 * or returns it with a reason; a returned submission is corrected and submitted again. An approved
 * submission is locked; only the coordinator reopens it (with a reason), which returns it for correction.
 */
public enum SubmissionStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** The statuses this one may move to. */
    public Set<SubmissionStatus> successors() {
        return switch (this) {
            case DRAFT, RETURNED -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(APPROVED, RETURNED);
            case APPROVED -> EnumSet.of(RETURNED);
        };
    }

    public boolean canMoveTo(SubmissionStatus next) {
        return successors().contains(next);
    }

    /** Whether operators may change entries in this status. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
