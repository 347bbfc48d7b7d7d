package ru.smolensk.registry.domain.application;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** The requested object does not exist or is not visible to the caller (HTTP 404). */
public class NotFoundException extends DomainException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String russianMessage) {
        super("not-found", russianMessage);
    }
}
