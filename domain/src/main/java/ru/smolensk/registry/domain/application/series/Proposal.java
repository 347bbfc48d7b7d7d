package ru.smolensk.registry.domain.application.series;

/** What a proposal run did: series created and entries placed in a series. */
public record Proposal(int seriesCreated, int entriesAttached) {
}
