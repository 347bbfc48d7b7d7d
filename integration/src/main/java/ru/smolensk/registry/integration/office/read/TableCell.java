package ru.smolensk.registry.integration.office.read;

import java.util.List;

/**
 * One cell of a table row as the readers see it.
 *
 * @param gridStart the 0-based grid column where the cell starts (Word: after {@code gridBefore} and the spans of
 *            the cells to its left; Excel: the column index)
 * @param span how many grid columns the cell covers
 * @param text the cell text verbatim
 * @param continuation whether the cell continues a vertically merged cell of the row above
 */
record TableCell(int gridStart, int span, String text, boolean continuation) {

    boolean isBlank() {
        return OfficeText.isBlank(text);
    }

    /** The only cell with text, or null when there are several (or none). */
    static TableCell onlyNonBlank(List<TableCell> cells) {
        TableCell only = null;
        for (TableCell cell : cells) {
            if (!cell.isBlank()) {
                if (only != null) {
                    return null;
                }
                only = cell;
            }
        }
        return only;
    }
}
