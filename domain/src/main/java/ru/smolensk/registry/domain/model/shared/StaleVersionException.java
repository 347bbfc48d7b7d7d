package ru.smolensk.registry.domain.model.shared;

import ru.smolensk.registry.domain.model.shared.DomainException;

/**
 * The caller acted on a version of the object that is no longer current: someone else changed it
 * in between (HTTP 412).
 */
public class StaleVersionException extends DomainException {
    private static final long serialVersionUID = 1L;

    public StaleVersionException(String russianMessage) {
        super("stale-version", russianMessage);
    }
}
