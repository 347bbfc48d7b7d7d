package ru.smolensk.registry.domain.model.shared;

import java.util.List;

/**
 * Several missing or invalid input fields found at once, so that a person sees every error after one save. The
 * first error is this exception's field and message (for callers that show one).
 */
public class InvalidFieldsException extends InvalidFieldException {
    private static final long serialVersionUID = 1L;

    /** One field's error. */
    public record FieldError(String field, String message) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final List<FieldError> errors;

    public InvalidFieldsException(List<FieldError> errors) {
        super(errors.get(0).field(), errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** Every field's error, in the order of the form. */
    public List<FieldError> errors() {
        return errors;
    }
}
