package ru.smolensk.registry.domain.application.importing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventField;

/** A numbered row of an imported document: the printed number and every cell verbatim. */
public record ImportedRow(String number, Map<EventField, String> cells) {

    public ImportedRow {
        EnumMap<EventField, String> copy = new EnumMap<>(EventField.class);
        copy.putAll(cells);
        cells = Collections.unmodifiableMap(copy);
    }

    public String cell(EventField field) {
        return cells.getOrDefault(field, "");
    }
}
