package ru.smolensk.registry.web.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import ru.smolensk.registry.domain.model.event.EventSort;

class EventSortingTest {

    private static Map<String, SortMeta> sorted(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void theSortedColumnBecomesTheOrderOfTheQuery() {
        assertEquals(new EventSort(EventSort.Key.DATE, false), EventSorting.of(sorted("dates", SortOrder.ASCENDING)));
        assertEquals(new EventSort(EventSort.Key.NAME, true), EventSorting.of(sorted("name", SortOrder.DESCENDING)));
        assertEquals(new EventSort(EventSort.Key.ORGANIZATION, false), EventSorting.of(sorted("organization",
                SortOrder.ASCENDING)));
        assertEquals(new EventSort(EventSort.Key.PERIOD, true), EventSorting.of(sorted("period",
                SortOrder.DESCENDING)));
    }

    @Test
    void noSortedColumnKeepsTheOfficialOrder() {
        assertEquals(EventSort.OFFICIAL, EventSorting.of(null));
        assertEquals(EventSort.OFFICIAL, EventSorting.of(Map.of()));
        assertEquals(EventSort.OFFICIAL, EventSorting.of(sorted("name", SortOrder.UNSORTED)));
        assertEquals(EventSort.OFFICIAL, EventSorting.of(sorted("participants", SortOrder.ASCENDING)));
    }
}
