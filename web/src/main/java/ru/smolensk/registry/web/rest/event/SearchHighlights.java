package ru.smolensk.registry.web.rest.event;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.TextHighlighter;

/**
 * The words a full-text search matched in the searched columns of each entry of a page: by entry id (as text), by
 * column ({@code name}, {@code place}, {@code participants}, {@code description}, {@code outcome}), the
 * {@code [start, end)} character ranges of the matched words. Entries and columns without a match are left out.
 */
final class SearchHighlights {

    private SearchHighlights() {
    }

    /** The matches of the query in the page, null when there is no query. */
    static Map<String, Map<String, List<List<Integer>>>> of(TextHighlighter highlighter, String query,
            List<EventSummary> items) {
        if (query == null || query.isBlank()) {
            return null;
        }
        Map<String, Map<String, List<List<Integer>>>> page = new LinkedHashMap<>();
        for (EventSummary e : items) {
            Map<String, List<List<Integer>>> columns = new LinkedHashMap<>();
            column(columns, "description", highlighter, query, e.columns().description());
            column(columns, "name", highlighter, query, e.columns().name());
            column(columns, "outcome", highlighter, query, e.columns().outcome());
            column(columns, "participants", highlighter, query, e.columns().participants());
            column(columns, "place", highlighter, query, e.columns().place());
            if (!columns.isEmpty()) {
                page.put(String.valueOf(e.id()), columns);
            }
        }
        return page;
    }

    private static void column(Map<String, List<List<Integer>>> columns, String key, TextHighlighter highlighter,
            String query, String text) {
        List<List<Integer>> spans = highlighter.matches(query, text).stream()
                .map(span -> List.of(span.start(), span.end())).toList();
        if (!spans.isEmpty()) {
            columns.put(key, spans);
        }
    }
}
