package ru.smolensk.registry.domain.application.exchange;

import java.util.List;

/** One answer of the changes feed: the events, the cursor to continue from and whether more are waiting. */
public record ExchangedChanges(String nextCursor, boolean more, List<ExchangedEvent> events) {
}
