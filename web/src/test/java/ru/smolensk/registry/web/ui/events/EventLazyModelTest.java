package ru.smolensk.registry.web.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;

class EventLazyModelTest {

    /** The queries the model sent, each answered with an empty page of 12,345 «more than» entries. */
    private final List<EventQuery> sent = new ArrayList<>();
    private final EventQueryService service = new EventQueryService() {
        @Override
        public EventSummaryPage summaries(EventQuery query) {
            sent.add(query);
            return new EventSummaryPage(List.of(), 10_000, false);
        }
    };
    private final EventFilter filter = new EventFilter();
    private final EventLazyModel model = new EventLazyModel(service, filter, (query, text) -> List.of());

    @Test
    void theCountAndThePageOfATableRequestAreOneQuery() {
        assertEquals(10_000, model.count(Map.of()));
        model.load(0, 20, Map.of(), Map.of());
        assertEquals(1, sent.size());
        assertFalse(model.isTotalExact());
        assertEquals(10_000, model.getRowCount());
    }

    @Test
    void anotherPageOfTheSameFilterTakesTheKnownTotal() {
        model.count(Map.of());
        model.load(0, 20, Map.of(), Map.of());
        assertEquals(10_000, model.count(Map.of()));
        model.load(40, 20, Map.of(), Map.of());
        assertEquals(2, sent.size());
        assertEquals(2, sent.get(1).page());
    }

    @Test
    void aNewFilterIsCountedWithItsFirstPageInTheLastPageSize() {
        model.count(Map.of());
        // the first count reads a page of 20, the table asks for 50: read again
        model.load(0, 50, Map.of(), Map.of());
        assertEquals(2, sent.size());
        filter.setText("визита");
        model.count(Map.of());
        model.load(0, 50, Map.of(), Map.of());
        assertEquals(3, sent.size());
        assertEquals("визита", sent.get(2).text());
        assertEquals(50, sent.get(2).size());
    }
}
