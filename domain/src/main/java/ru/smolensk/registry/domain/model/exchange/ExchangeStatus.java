package ru.smolensk.registry.domain.model.exchange;

/** The outcome of a journaled message. */
public enum ExchangeStatus {
    /** Every record was accepted. */
    PROCESSED,
    /** Some records were accepted, some rejected. */
    PARTIALLY_REJECTED,
    /** No record was accepted. */
    REJECTED,
    /** An outbound message the partner accepted. */
    DELIVERED,
    /** An outbound message not delivered yet (the last attempt failed). */
    FAILED,
    /** A received message refused as a whole with a fault (its fault code tells why). */
    REFUSED,
    /** A SubmitEvents received again with the same content: answered with the original receipt, nothing written. */
    REPLAYED
}
