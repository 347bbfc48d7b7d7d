package ru.smolensk.registry.domain.model.event;

/** How an event is held: in person, remotely (online, video conference, telebridge) or both. */
public enum EventFormat {
    IN_PERSON, REMOTE, HYBRID, UNKNOWN
}
