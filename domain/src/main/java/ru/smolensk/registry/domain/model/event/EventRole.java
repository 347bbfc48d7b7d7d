package ru.smolensk.registry.domain.model.event;

/** The part the reporting body plays: it hosts the event, co-organises it or takes part («Участие в …»). */
public enum EventRole {
    HOST, CO_ORGANISER, PARTICIPANT, UNKNOWN
}
