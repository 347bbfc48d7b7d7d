package ru.smolensk.registry.web.ui.campaign;

import java.time.LocalDate;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * An operator's document of one campaign: the window, the organisation's own deadline (later when extended), the
 * status of its plan or report (null when not created) and whether it is overdue.
 */
public record DeadlineRow(DocumentKind kind, String period, LocalDate opensOn, LocalDate closesOn, LocalDate deadline,
        SubmissionStatus status, Long submissionId, boolean overdue) {

    public boolean isExtended() {
        return deadline.isAfter(closesOn);
    }
}
