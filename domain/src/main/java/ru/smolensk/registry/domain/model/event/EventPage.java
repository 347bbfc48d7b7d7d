package ru.smolensk.registry.domain.model.event;

import java.util.List;

/** One page of event entries and the number of all entries that match. */
public record EventPage(List<EventEntry> items, long total) {

    public EventPage {
        items = List.copyOf(items);
    }
}
