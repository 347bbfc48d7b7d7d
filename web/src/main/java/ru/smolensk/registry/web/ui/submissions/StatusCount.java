package ru.smolensk.registry.web.ui.submissions;

import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** How many plans and reports are in one status. */
public record StatusCount(SubmissionStatus status, long count) {
}
