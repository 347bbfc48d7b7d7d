package ru.smolensk.registry.integration.office.read;

import java.util.List;

/**
 * One row of a word-processing table.
 *
 * @param cells the cells in grid order (see {@link TableCell})
 * @param repeatHeader whether the row is marked to repeat as a header on every page
 * @param nested whether a cell of the row contains a nested table (its text is taken row by row)
 */
record WordRow(List<TableCell> cells, boolean repeatHeader, boolean nested) {

    WordRow {
        cells = List.copyOf(cells);
    }
}
