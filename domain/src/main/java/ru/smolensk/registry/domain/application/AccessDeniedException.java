package ru.smolensk.registry.domain.application;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** The caller is signed in but may not do this (HTTP 403). */
public class AccessDeniedException extends DomainException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String russianMessage) {
        super("access-denied", russianMessage);
    }

    /** A more specific refusal with its own code. */
    protected AccessDeniedException(String code, String russianMessage) {
        super(code, russianMessage);
    }
}
