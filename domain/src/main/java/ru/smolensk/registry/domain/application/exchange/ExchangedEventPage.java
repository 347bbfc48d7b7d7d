package ru.smolensk.registry.domain.application.exchange;

import java.util.List;

/** One page of approved events and the number of all that match. */
public record ExchangedEventPage(long total, int page, int size, List<ExchangedEvent> events) {

    public ExchangedEventPage {
        events = List.copyOf(events);
    }
}
