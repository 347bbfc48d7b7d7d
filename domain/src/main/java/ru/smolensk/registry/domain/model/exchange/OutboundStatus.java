package ru.smolensk.registry.domain.model.exchange;

/** Where an outbound message is on its way to a partner. */
public enum OutboundStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** The partner accepted it. */
    SENT,
    /** Every attempt failed; an administrator may send it again. */
    DEAD
}
