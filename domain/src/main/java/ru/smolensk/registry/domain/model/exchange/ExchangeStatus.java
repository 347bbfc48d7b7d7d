package ru.smolensk.registry.domain.model.exchange;

/** The outcome of a journaled message. */
public enum ExchangeStatus {
    /** Every record was accepted. */
    PROCESSED,
    /** Some records were accepted, some rejected. */
    PARTIALLY_REJECTED,
    /** No record was accepted. */
    REJECTED
}
