package ru.smolensk.registry.domain.model.event;

/** Outcome of normalizing one verbatim field of an event entry. */
public enum ParseStatus {
    /** The whole value was understood. */
    OK,
    /** Part of the value was understood; the rest is kept only verbatim. */
    PARTIAL,
    /** Nothing could be understood; the value is kept only verbatim. */
    UNPARSED,
    /** The cell is empty. */
    EMPTY
}
