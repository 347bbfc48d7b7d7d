package ru.smolensk.registry.domain.model.event;

/** What a participant count covers: the whole event, one delegation, one organisation or a whole project. */
public enum CountScope {
    EVENT, DELEGATION, ORGANISATION, PROJECT, UNKNOWN
}
