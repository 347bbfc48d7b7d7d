package ru.smolensk.registry.domain.application.submission;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** A plan or report of that organisation, period and kind already exists (HTTP 409). */
public class SubmissionExistsException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final long existingId;

    public SubmissionExistsException(long existingId, String russianMessage) {
        super("conflict", russianMessage);
        this.existingId = existingId;
    }

    /** The id of the submission that already exists. */
    public long existingId() {
        return existingId;
    }
}
