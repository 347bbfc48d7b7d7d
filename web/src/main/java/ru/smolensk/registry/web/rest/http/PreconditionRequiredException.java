package ru.smolensk.registry.web.rest.http;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** A change was requested without the version the client saw (If-Match missing, HTTP 428). */
public class PreconditionRequiredException extends DomainException {
    private static final long serialVersionUID = 1L;

    public PreconditionRequiredException(String russianMessage) {
        super("precondition-required", russianMessage);
    }
}
