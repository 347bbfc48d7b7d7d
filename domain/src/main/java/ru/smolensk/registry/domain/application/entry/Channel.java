package ru.smolensk.registry.domain.application.entry;

/** The way an entry is written: each has the same rules, except that partner systems write only by exchange. */
public enum Channel {
    /** The entry form on screen and {@code /api/events}. */
    FORM,
    /** An uploaded official document. */
    IMPORT,
    /** A {@code SubmitEvents} message of a partner system. */
    EXCHANGE,
    /** The link of a report entry to the plan entry it fulfils. */
    PLAN_LINK,
    /** The recorded outcome of an approved plan's entry. */
    FULFILMENT
}
