package ru.smolensk.registry.web.ui.events;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventSort;

/**
 * Loads the rows asked for through the event query service, with the list's filters: a page of the table, or a batch of
 * «Выгрузить в Excel» (see {@link RowRange}).
 */
public class EventLazyModel extends LazyDataModel<EventRow> {

    private static final long serialVersionUID = 1L;

    private final EventQueryService events;
    private final EventFilter filter;

    EventLazyModel(EventQueryService events, EventFilter filter) {
        this.events = events;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) events.search(filter.toQuery(0, 1)).total();
    }

    @Override
    public List<EventRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        EventSort sort = EventSorting.of(sortBy);
        long[] total = {0};
        List<EventEntry> entries = RowRange.of(first, pageSize, number -> {
            EventPage page = events.search(filter.toQuery(number, pageSize, sort));
            total[0] = Math.max(total[0], page.total());
            return page.items();
        });
        setRowCount((int) total[0]);
        return entries.stream().map(EventRow::of).toList();
    }

    @Override
    public String getRowKey(EventRow row) {
        return String.valueOf(row.id());
    }

    @Override
    public EventRow getRowData(String rowKey) {
        return null;
    }
}
