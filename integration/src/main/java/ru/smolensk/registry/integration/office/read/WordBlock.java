package ru.smolensk.registry.integration.office.read;

import java.util.List;

/**
 * A top-level element of a word-processing document's body as the table reader sees it, whatever the file
 * format (.docx, .doc, .odt): a paragraph with its printed text, or a table of rows.
 */
sealed interface WordBlock permits WordBlock.Paragraph, WordBlock.Table {

    /** A paragraph outside tables, with its text as printed (line breaks as {@code \n}). */
    record Paragraph(String text) implements WordBlock {
    }

    /** A table with its rows in document order. */
    record Table(List<WordRow> rows) implements WordBlock {

        public Table {
            rows = List.copyOf(rows);
        }

        /** The number of grid columns covered by the widest row. */
        int columns() {
            int width = 0;
            for (WordRow row : rows) {
                if (!row.cells().isEmpty()) {
                    TableCell last = row.cells().get(row.cells().size() - 1);
                    width = Math.max(width, last.gridStart() + last.span());
                }
            }
            return width;
        }

        /** Whether every row has at most one cell (a frame around text, not a table of events). */
        boolean isSingleColumn() {
            for (WordRow row : rows) {
                if (row.cells().size() > 1) {
                    return false;
                }
            }
            return !rows.isEmpty();
        }
    }
}
