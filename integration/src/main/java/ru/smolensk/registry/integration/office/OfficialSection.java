package ru.smolensk.registry.integration.office;

import java.util.List;

/**
 * A section of an official table: the merged row naming a municipality (municipal level) or a
 * sphere of cooperation (regional level), followed by its event rows.
 *
 * @param title the section header verbatim (line breaks kept)
 * @param rows the event rows of the section in document order
 */
public record OfficialSection(String title, List<OfficialRow> rows) {

    public OfficialSection {
        rows = List.copyOf(rows);
    }
}
