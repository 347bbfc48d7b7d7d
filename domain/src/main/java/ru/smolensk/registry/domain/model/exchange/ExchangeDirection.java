package ru.smolensk.registry.domain.model.exchange;

/** Whether a journaled message came in from a partner or went out to one. */
public enum ExchangeDirection {
    IN, OUT
}
