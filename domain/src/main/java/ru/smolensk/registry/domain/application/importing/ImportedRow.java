package ru.smolensk.registry.domain.application.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventField;

/**
 * A numbered row of an imported document: the printed number, every official cell verbatim and the text of the
 * columns that are not official ones by their header ({@code extras}, in table order, verbatim).
 */
public record ImportedRow(String number, Map<EventField, String> cells, Map<String, String> extras) {

    public ImportedRow {
        EnumMap<EventField, String> copy = new EnumMap<>(EventField.class);
        copy.putAll(cells);
        cells = Collections.unmodifiableMap(copy);
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras));
    }

    public ImportedRow(String number, Map<EventField, String> cells) {
        this(number, cells, Map.of());
    }

    public String cell(EventField field) {
        return cells.getOrDefault(field, "");
    }
}
