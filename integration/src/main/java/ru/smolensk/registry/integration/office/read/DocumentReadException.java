package ru.smolensk.registry.integration.office.read;

import ru.smolensk.registry.domain.model.shared.DomainException;

/**
 * A file that cannot be read as an official plan or report. Carries a stable machine code (see
 * {@link ReadFailure}) and a Russian message that can be shown to the person who uploaded the file. No partial
 * result is ever produced together with this exception.
 */
public class DocumentReadException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final ReadFailure failure;

    public DocumentReadException(ReadFailure failure, String russianMessage) {
        super(failure.code(), russianMessage);
        this.failure = failure;
    }

    public DocumentReadException(ReadFailure failure, String russianMessage, Throwable cause) {
        this(failure, russianMessage);
        initCause(cause);
    }

    /** The kind of failure; {@link #code()} is its machine code. */
    public ReadFailure failure() {
        return failure;
    }
}
