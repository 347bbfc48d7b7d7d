package ru.smolensk.registry.domain.model.event;

import java.util.List;

/** One page of event summaries and the number of all entries that match. */
public record EventSummaryPage(List<EventSummary> items, long total) {

    public EventSummaryPage {
        items = List.copyOf(items);
    }
}
