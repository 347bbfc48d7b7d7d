package ru.smolensk.registry.integration.office.write;

import java.util.List;

import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The measurements of the customer's documents (lengths in twentieths of a point, font sizes in
 * half-points, as WordprocessingML stores them).
 */
final class OfficialLayout {

    /** A4 landscape. */
    static final int PAGE_WIDTH = 16838;
    static final int PAGE_HEIGHT = 11906;
    /** 1.5 cm on every side. */
    static final int MARGIN = 850;
    static final int HEADER_DISTANCE = 720;
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

    static final String FONT = "Times New Roman";
    /** Body text outside the table: 12 pt. */
    static final int BODY_SIZE = 24;
    /** Title lines: 14 pt bold, centred. */
    static final int TITLE_SIZE = 28;
    /** Header row and event cells: 10 pt. */
    static final int CELL_SIZE = 20;
    /** Section rows and the note row: 11 pt bold, centred. */
    static final int SECTION_SIZE = 22;

    /** Number, name, place, dates, description, goal, participants. */
    private static final List<Integer> PLAN_COLUMNS = List.of(737, 2835, 1984, 1701, 2627, 2627, 2627);
    /** Number, name, place, dates, outcome, participants. */
    private static final List<Integer> REPORT_COLUMNS = List.of(737, 2835, 1984, 1701, 3940, 3940);

    private OfficialLayout() {
    }

    /** The widths of the table columns, number column first. */
    static List<Integer> columnWidths(DocumentKind kind) {
        return kind == DocumentKind.PLAN ? PLAN_COLUMNS : REPORT_COLUMNS;
    }

    /** The width of the whole table. */
    static int tableWidth(DocumentKind kind) {
        return columnWidths(kind).stream().mapToInt(Integer::intValue).sum();
    }
}
