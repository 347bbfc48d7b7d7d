package ru.smolensk.registry.domain.model.submission;

/**
 * The entries of a plan or report are changed only while it is a draft or returned for correction (HTTP 409,
 * fault {@code SUBMISSION_LOCKED}).
 */
public class SubmissionLocked extends WorkflowException {
    private static final long serialVersionUID = 1L;

    public static final String CODE = "submission-locked";

    public SubmissionLocked(DocumentKind kind, SubmissionStatus status) {
        super(CODE, "Изменять записи можно только в черновике или возвращенном на доработку "
                + (kind == DocumentKind.PLAN ? "плане" : "отчете") + "; текущий статус: «" + StatusNames.of(status)
                + "»");
    }
}
