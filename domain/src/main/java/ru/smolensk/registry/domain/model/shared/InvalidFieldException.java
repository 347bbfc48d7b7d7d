package ru.smolensk.registry.domain.model.shared;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** A missing or invalid value of one input field (HTTP 422 with a field error). */
public class InvalidFieldException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String russianMessage) {
        super("validation", russianMessage);
        this.field = field;
    }

    /** The name of the input field, as the API calls it. */
    public String field() {
        return field;
    }
}
