package ru.smolensk.registry.domain.model.period;

import ru.smolensk.registry.domain.model.shared.DomainException;

/** A period code or number that does not denote a reporting period. */
public class InvalidPeriodException extends DomainException {
    private static final long serialVersionUID = 1L;

    public InvalidPeriodException(String russianMessage) {
        super("invalid-period", russianMessage);
    }
}
