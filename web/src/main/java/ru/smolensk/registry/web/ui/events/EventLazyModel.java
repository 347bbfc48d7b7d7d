package ru.smolensk.registry.web.ui.events;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.event.TextHighlighter;

/**
 * Loads the rows asked for through the event query service, with the list's filters: a page of the table, or a batch of
 * «Выгрузить в Excel» (see {@link RowRange}).
 */
public class EventLazyModel extends LazyDataModel<EventRow> {

    private static final long serialVersionUID = 1L;

    private final EventQueryService events;
    private final EventFilter filter;
    private final TextHighlighter highlighter;
    private boolean totalExact = true;

    EventLazyModel(EventQueryService events, EventFilter filter, TextHighlighter highlighter) {
        this.events = events;
        this.filter = filter;
        this.highlighter = highlighter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        EventSummaryPage first = events.summaries(filter.toQuery(0, 1));
        totalExact = first.totalExact();
        return (int) first.total();
    }

    /** Whether the row count of the last load is exact, or a lower bound (more rows match). */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public List<EventRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        EventSort sort = EventSorting.of(sortBy);
        EventSort chosen = sort == EventSort.OFFICIAL && filter.isByRelevance() ? EventSort.RELEVANCE : sort;
        String text = filter.toQuery(0, 1).text();
        long[] total = {0};
        boolean[] exact = {true};
        List<EventSummary> entries = RowRange.of(first, pageSize, number -> {
            EventSummaryPage page = events.summaries(filter.toQuery(number, pageSize, chosen));
            total[0] = Math.max(total[0], page.total());
            exact[0] &= page.totalExact();
            return page.items();
        });
        setRowCount((int) total[0]);
        totalExact = exact[0];
        return entries.stream().map(e -> EventRow.of(e, highlighter, text)).toList();
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
