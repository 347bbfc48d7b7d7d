package ru.smolensk.registry.domain.application.submission;

/** Fired inside the approving transaction when the coordinator approves a plan or report. */
public record SubmissionApproved(long submissionId) {
}
