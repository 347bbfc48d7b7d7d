package ru.smolensk.registry.web.ui.events;

import java.util.Map;

import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import ru.smolensk.registry.domain.model.event.EventSort;

/**
 * The order the events table asks for (the field of the sorted column and its direction) as the order of the
 * event query; the official order when no column is sorted or the column has no order of its own.
 */
final class EventSorting {

    private EventSorting() {
    }

    static EventSort of(Map<String, SortMeta> sortBy) {
        if (sortBy == null) {
            return EventSort.OFFICIAL;
        }
        return sortBy.values().stream().filter(m -> m.getOrder() != null && m.getOrder() != SortOrder.UNSORTED)
                .findFirst().map(EventSorting::of).orElse(EventSort.OFFICIAL);
    }

    private static EventSort of(SortMeta meta) {
        EventSort.Key key = switch (meta.getField() == null ? "" : meta.getField()) {
            case "name" -> EventSort.Key.NAME;
            case "dates" -> EventSort.Key.DATE;
            case "organization" -> EventSort.Key.ORGANIZATION;
            case "period" -> EventSort.Key.PERIOD;
            case "updated" -> EventSort.Key.UPDATED;
            default -> EventSort.Key.OFFICIAL;
        };
        return key == EventSort.Key.OFFICIAL
                ? EventSort.OFFICIAL
                : new EventSort(key, meta.getOrder() == SortOrder.DESCENDING);
    }
}
