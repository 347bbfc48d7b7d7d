package ru.smolensk.registry.domain.application.importing;

import java.util.List;

/** A section of an imported document: its header verbatim and its rows. */
public record ImportedSection(String title, List<ImportedRow> rows) {

    public ImportedSection {
        rows = List.copyOf(rows);
    }
}
