package ru.smolensk.registry.domain.model.event;

import java.util.List;

/**
 * One page of event entries and the number of all entries that match: exact, or, when {@code totalExact} is false,
 * a lower bound (more than {@code total} entries match; see {@link EventQuery#countLimit()}).
 */
public record EventPage(List<EventEntry> items, long total, boolean totalExact) {

    public EventPage {
        items = List.copyOf(items);
    }

    /** A page with an exact total. */
    public EventPage(List<EventEntry> items, long total) {
        this(items, total, true);
    }
}
