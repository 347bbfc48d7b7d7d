package ru.smolensk.registry.web.rest.problem;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** A malformed request parameter (HTTP 400). */
public class BadRequestException extends DomainException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public BadRequestException(String field, String russianMessage) {
        super("bad-request", russianMessage);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
