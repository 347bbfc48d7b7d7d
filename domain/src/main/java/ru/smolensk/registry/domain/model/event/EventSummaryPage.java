package ru.smolensk.registry.domain.model.event;

import java.util.List;

/**
 * One page of event summaries and the number of all entries that match: exact, or, when {@code totalExact} is false,
 * a lower bound (more than {@code total} entries match; see {@link EventQuery#countLimit()}).
 */
public record EventSummaryPage(List<EventSummary> items, long total, boolean totalExact) {

    public EventSummaryPage {
        items = List.copyOf(items);
    }

    /** A page with an exact total. */
    public EventSummaryPage(List<EventSummary> items, long total) {
        this(items, total, true);
    }
}
