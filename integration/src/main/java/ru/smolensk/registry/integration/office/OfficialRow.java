package ru.smolensk.registry.integration.office;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventField;

/**
 * One numbered event row of an official table.
 *
 * @param number the number as printed in the first cell («12.»), verbatim
 * @param cells the cell text of each official column, verbatim: paragraphs joined with {@code \n},
 *            line breaks inside a paragraph also {@code \n}, every other character (NBSP, tabs,
 *            trailing spaces) kept as it is
 * @param extras the text of each column that is not an official one, by its header on one line, in table order,
 *            verbatim
 */
public record OfficialRow(String number, Map<EventField, String> cells, Map<String, String> extras) {

    public OfficialRow {
        EnumMap<EventField, String> copy = new EnumMap<>(EventField.class);
        copy.putAll(cells);
        cells = Collections.unmodifiableMap(copy);
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    /** A row of official columns only. */
    public OfficialRow(String number, Map<EventField, String> cells) {
        this(number, cells, Map.of());
    }

    /** The verbatim text of a column, or an empty string when the document has no such column. */
    public String cell(EventField field) {
        return cells.getOrDefault(field, "");
    }
}
