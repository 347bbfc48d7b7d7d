package ru.smolensk.registry.domain.model.event;

import java.util.List;

/**
 * Finds the words of a text that a full-text search query matched, by the same word forms the search uses (so
 * that «фестиваль» marks «фестивале» and «фестиваля»). A port: the stemming lives with the store.
 */
public interface TextHighlighter {

    /** The matched words of the text in order, not overlapping; none when the query or text is blank. */
    List<TextSpan> matches(String query, String text);

    /** A matched word: {@code text.substring(start, end)}. */
    record TextSpan(int start, int end) {

        public TextSpan {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Неверные границы слова: " + start + "–" + end);
            }
        }
    }
}
