package ru.smolensk.registry.web.ui.events;

import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.event.TextHighlighter;

/**
 * Loads the rows asked for through the event query service, with the list's filters: a page of the table, or a batch of
 * «Выгрузить в Excel» (see {@link RowRange}). The rows are the summaries of the REST list (one projection, no entity),
 * the total is capped as there.
 *
 * <p>
 * The table asks for the row count before each page. One query serves both: the count of a filter already loaded is
 * the total of its last page; for a new filter the count reads the first page in the last order and size, which the
 * load that follows takes instead of asking again.
 */
public class EventLazyModel extends LazyDataModel<EventRow> {

    private static final long serialVersionUID = 1L;
    private static final int FIRST_PAGE_SIZE = 20;

    private final EventQueryService events;
    private final EventFilter filter;
    private final TextHighlighter highlighter;
    private boolean totalExact = true;
    /** The filter (as the query of its first row) whose total is {@link #knownTotal}, or null. */
    private transient EventQuery knownFilter;
    private long knownTotal;
    /** The order of the last load (not kept with the session: a model read back starts from the official one). */
    private transient EventSort lastSort;
    private int lastSize = FIRST_PAGE_SIZE;
    /** The first page read by {@link #count}, for the load that follows it. */
    private transient EventQuery prefetchedQuery;
    private transient EventSummaryPage prefetched;

    EventLazyModel(EventQueryService events, EventFilter filter, TextHighlighter highlighter) {
        this.events = events;
        this.filter = filter;
        this.highlighter = highlighter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        EventQuery key = filter.toQuery(0, 1);
        if (!key.equals(knownFilter)) {
            prefetchedQuery = filter.toQuery(0, lastSize, lastSort == null ? EventSort.OFFICIAL : lastSort);
            prefetched = events.summaries(prefetchedQuery);
            remember(key, prefetched.total(), prefetched.totalExact());
        }
        return (int) knownTotal;
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
            EventSummaryPage page = page(filter.toQuery(number, pageSize, chosen));
            total[0] = Math.max(total[0], page.total());
            exact[0] &= page.totalExact();
            return page.items();
        });
        lastSort = chosen;
        if (pageSize < EventQuery.MAX_PAGE_SIZE) {
            // the export's batches (of the largest page) are not the table's page size
            lastSize = pageSize;
        }
        setRowCount((int) total[0]);
        remember(filter.toQuery(0, 1), total[0], exact[0]);
        return entries.stream().map(e -> EventRow.of(e, highlighter, text)).toList();
    }

    private EventSummaryPage page(EventQuery query) {
        EventSummaryPage page = query.equals(prefetchedQuery) ? prefetched : events.summaries(query);
        prefetchedQuery = null;
        prefetched = null;
        return page;
    }

    private void remember(EventQuery key, long total, boolean exact) {
        knownFilter = key;
        knownTotal = total;
        totalExact = exact;
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
