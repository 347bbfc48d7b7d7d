package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * Reads the official table of a word-processing document (.docx, .doc, .odt, as {@link WordBlock}s) in one pass
 * over the body: the paragraphs before the table are the title, the first table with a recognisable header row is
 * the table, merged single-cell rows are section headers, numbered rows are events, and the text after the table
 * is the note. One instance reads one document.
 */
final class WordTableReader {

    /** The header row is looked for among the first rows of a table. */
    private static final int HEADER_SEARCH_ROWS = 5;
    /** Further tables with fewer columns (signature blocks) are ignored without a warning. */
    private static final int MIN_WARN_COLUMNS = 3;

    private final String fileName;
    private final SourceFormat format;
    private final IssueLog log = new IssueLog();
    private final SectionAssembler assembler = new SectionAssembler(log);
    private boolean nestedInRow;
    private ColumnLayout layout;
    private DocumentKind kind;
    private int sourceRow;
    private PendingRow pending;
    private String[] previousByGrid = new String[0];

    WordTableReader(String fileName, SourceFormat format) {
        this.fileName = fileName;
        this.format = format;
    }

    /**
     * Reads the body. Kind comes from the title (or, failing that, from the columns); level and period are null
     * when the title does not tell them (a single organisation's document: the import decides them).
     */
    ReadResult read(List<WordBlock> body) {
        HeaderLocation header = findHeader(body);
        String title = title(body, header);
        TitleFacts facts = TitleParser.parse(title);
        layout = ColumnLayout.of(header.cells(), false);
        kind = facts.kind() != null ? facts.kind() : layout.kindByColumns();
        if (kind == null) {
            throw TitleErrors.unknownKind(title);
        }
        Level level = facts.level();
        ReportingPeriod period = facts.period();
        if (period != null) {
            TitleErrors.checkPeriodFitsKind(kind, period, title);
        }
        layout.validate(kind, true, log);
        previousByGrid = new String[layout.width()];
        sourceRow = header.row() + 1;
        readRows(header.table(), header.row() + 1);
        readAfterTable(body, header.bodyIndex() + 1);
        flushPending();
        SectionAssembler.Assembled assembled = assembler.finish(kind, level, period);
        return new ReadResult(assembled.document(), log.issues(), format, title, assembled.sections(),
                layout.extraHeaders());
    }

    private HeaderLocation findHeader(List<WordBlock> body) {
        WordBlock.Table firstTable = null;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof WordBlock.Table table) {
                if (firstTable == null) {
                    firstTable = table;
                }
                int rows = Math.min(table.rows().size(), HEADER_SEARCH_ROWS);
                for (int r = 0; r < rows; r++) {
                    List<TableCell> cells = table.rows().get(r).cells();
                    if (ColumnLayout.looksLikeHeader(cells)) {
                        return new HeaderLocation(i, table, r, cells);
                    }
                }
            }
        }
        if (firstTable == null) {
            throw new DocumentReadException(ReadFailure.NO_TABLE, "В документе «" + fileName
                    + "» нет таблицы мероприятий");
        }
        String firstRow = firstTable.rows().isEmpty()
                ? ""
                : String.join(" | ", firstTable.rows().get(0).cells().stream()
                        .map(c -> OfficeText.snippet(c.text())).toList());
        throw new DocumentReadException(ReadFailure.UNKNOWN_HEADER, "Не удалось распознать шапку таблицы: "
                + "ожидаются столбцы «№ п/п», «Наименование мероприятия», «Место проведения мероприятия», "
                + "«Сроки проведения мероприятия» и другие. Первая строка таблицы: «" + firstRow + "»");
    }

    /** The paragraphs before the table and any rows of the table above its header row, on one line. */
    private String title(List<WordBlock> body, HeaderLocation header) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < header.bodyIndex(); i++) {
            if (body.get(i) instanceof WordBlock.Paragraph paragraph) {
                parts.add(paragraph.text());
            }
        }
        for (int r = 0; r < header.row(); r++) {
            for (TableCell cell : header.table().rows().get(r).cells()) {
                parts.add(cell.text());
            }
        }
        String joined = String.join(" ", parts);
        if (OfficeText.hasBookmark(joined)) {
            log.add(IssueCode.BOOKMARK_REMOVED, "Из заголовка документа удалена служебная метка закладки "
                    + "«[bookmark: …]»");
        }
        return OfficeText.normalizeSpace(OfficeText.stripBookmarks(joined));
    }

    private void readRows(WordBlock.Table table, int fromRow) {
        List<WordRow> rows = table.rows();
        for (int r = fromRow; r < rows.size(); r++) {
            sourceRow++;
            WordRow row = rows.get(r);
            nestedInRow = row.nested();
            readRow(row.cells(), row.repeatHeader());
        }
    }

    private void readRow(List<TableCell> cells, boolean repeatHeader) {
        if (cells.isEmpty() || cells.stream().allMatch(TableCell::isBlank)) {
            return;
        }
        if (layout.isHeaderRepeat(cells) || repeatHeader && ColumnLayout.looksLikeHeader(cells)
                || isColumnNumbering(cells)) {
            return;
        }
        TableCell numberCell = numberCell(cells);
        boolean numbered = OfficeText.isRowNumber(numberCell.text());
        TableCell onlyText = TableCell.onlyNonBlank(cells);
        if (nestedInRow) {
            log.add(IssueCode.NESTED_TABLE, numbered ? OfficeText.trim(numberCell.text()) : null, null,
                    "Строка " + sourceRow + " таблицы содержит вложенную таблицу; ее текст загружен построчно");
        }
        if (cells.size() == 1 || onlyText != null && !numbered) {
            flushPending();
            startSection(onlyText != null ? onlyText : cells.get(0));
        } else if (numbered) {
            flushPending();
            startEvent(cells, numberCell);
        } else if (cells.get(0).continuation() && pending != null) {
            continueEvent(cells);
        } else {
            flushPending();
            log.add(IssueCode.ROW_WITHOUT_NUMBER, "Строка " + sourceRow + " таблицы не загружена: в первом "
                    + "столбце нет номера мероприятия («" + OfficeText.snippet(joinedText(cells)) + "»)");
        }
    }

    private void startSection(TableCell cell) {
        String title = cell.text();
        if (OfficeText.hasBookmark(title)) {
            log.add(IssueCode.BOOKMARK_REMOVED, "Из заголовка раздела удалена служебная метка закладки "
                    + "«[bookmark: …]»");
            title = OfficeText.stripBookmarks(title);
        }
        assembler.startSection(title, sourceRow);
    }

    private void startEvent(List<TableCell> cells, TableCell numberCell) {
        String number = numberCell.text();
        String printed = OfficeText.trim(number);
        Map<EventField, String> texts = new EnumMap<>(EventField.class);
        Map<String, String> extras = new LinkedHashMap<>();
        String[] byGrid = new String[layout.width()];
        boolean extra = false;
        boolean merged = false;
        for (TableCell cell : cells) {
            ColumnRole role = cell == numberCell ? ColumnRole.NUMBER : layout.roleAt(cell.gridStart());
            if (role == null) {
                String header = layout.extraHeaderAt(cell.gridStart());
                if (header != null) {
                    extras.merge(header, cell.continuation() ? "" : cell.text(), (a, b) -> a + "\n" + b);
                } else {
                    extra |= !cell.isBlank() && !layout.isReported(cell.gridStart());
                }
                continue;
            }
            if (role.field() == null) {
                continue;
            }
            String text = cell.text();
            if (cell.continuation()) {
                String above = previousByGrid.length > cell.gridStart() ? previousByGrid[cell.gridStart()] : null;
                text = above == null ? "" : above;
                merged = true;
            }
            merged |= layout.roleAt(cell.gridStart() + cell.span() - 1) != role;
            text = stripCellBookmarks(text, printed, role.field());
            texts.merge(role.field(), text, (a, b) -> a + "\n" + b);
            byGrid[cell.gridStart()] = text;
        }
        for (EventField field : EventField.columnsOf(kind)) {
            texts.putIfAbsent(field, "");
        }
        if (extra) {
            log.add(IssueCode.EXTRA_CELLS, printed, null, "В строке " + printed + " есть текст за пределами "
                    + "столбцов таблицы; он не загружен");
        }
        if (merged) {
            log.add(IssueCode.MERGED_CELLS, printed, null, "В строке " + printed + " есть объединенные ячейки; "
                    + "проверьте, в какие столбцы попал их текст");
        }
        previousByGrid = byGrid;
        if (texts.values().stream().allMatch(OfficeText::isBlank)) {
            log.add(IssueCode.EMPTY_ROW, printed, null, "Строка " + printed + " пуста и не загружена");
            return;
        }
        pending = new PendingRow(number, texts, extras);
    }

    /** A row whose first cell continues the number cell above: its text belongs to the same event. */
    private void continueEvent(List<TableCell> cells) {
        String printed = OfficeText.trim(pending.number());
        for (TableCell cell : cells) {
            ColumnRole role = layout.roleAt(cell.gridStart());
            String header = role == null ? layout.extraHeaderAt(cell.gridStart()) : null;
            if (header != null && !cell.continuation() && !cell.isBlank()) {
                pending.extras().merge(header, cell.text(), (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            }
            if (role == null || role.field() == null || cell.continuation() || cell.isBlank()) {
                continue;
            }
            String text = stripCellBookmarks(cell.text(), printed, role.field());
            pending.texts().merge(role.field(), text, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
        }
        log.add(IssueCode.MERGED_CELLS, printed, null, "Мероприятие " + printed + " занимает несколько строк "
                + "таблицы (объединенные ячейки); их текст объединен");
    }

    private void flushPending() {
        if (pending != null) {
            assembler.addRow(pending.number(), pending.texts(), pending.extras(), sourceRow);
            pending = null;
        }
    }

    private String stripCellBookmarks(String text, String row, EventField field) {
        if (!OfficeText.hasBookmark(text)) {
            return text;
        }
        log.add(IssueCode.BOOKMARK_REMOVED, row, field, "Из текста строки " + row
                + " удалена служебная метка закладки «[bookmark: …]»");
        return OfficeText.stripBookmarks(text);
    }

    /** Paragraphs and tables after the main table: continuation tables, section titles between them, the note. */
    private void readAfterTable(List<WordBlock> body, int from) {
        List<String> text = new ArrayList<>();
        for (int i = from; i < body.size(); i++) {
            WordBlock element = body.get(i);
            if (element instanceof WordBlock.Paragraph paragraph) {
                String line = paragraph.text();
                if (!OfficeText.isBlank(line)) {
                    text.add(line);
                }
            } else if (element instanceof WordBlock.Table table) {
                readFurtherTable(table, text);
            }
        }
        if (!text.isEmpty()) {
            assembler.addNote(OfficeText.stripBookmarks(String.join("\n", text)));
        }
    }

    private void readFurtherTable(WordBlock.Table table, List<String> textBefore) {
        if (table.isSingleColumn()) {
            List<String> lines = new ArrayList<>();
            for (WordRow row : table.rows()) {
                for (TableCell cell : row.cells()) {
                    lines.add(cell.text());
                }
            }
            textBefore.add(String.join("\n", lines));
            return;
        }
        int start = continuationStart(table);
        if (start < 0) {
            if (table.columns() >= MIN_WARN_COLUMNS) {
                log.add(IssueCode.EXTRA_TABLE, "Таблица после основной таблицы не продолжает ее и не загружена");
            }
            return;
        }
        if (!textBefore.isEmpty()) {
            flushPending();
            assembler.startSection(OfficeText.stripBookmarks(String.join("\n", textBefore)), sourceRow + 1);
            textBefore.clear();
        }
        sourceRow += start;
        readRows(table, start);
    }

    /** The first row to read of a table that continues the main one, or -1 when it does not continue it. */
    private int continuationStart(WordBlock.Table table) {
        int rows = Math.min(table.rows().size(), HEADER_SEARCH_ROWS);
        for (int r = 0; r < rows; r++) {
            List<TableCell> cells = table.rows().get(r).cells();
            if (layout.isHeaderRepeat(cells)) {
                return r + 1;
            }
            if (ColumnLayout.looksLikeHeader(cells)) {
                return -1;
            }
        }
        return table.columns() == layout.width() ? 0 : -1;
    }

    private TableCell numberCell(List<TableCell> cells) {
        int grid = layout.gridOf(ColumnRole.NUMBER);
        for (TableCell cell : cells) {
            if (cell.gridStart() == grid) {
                return cell;
            }
        }
        return cells.get(0);
    }

    /** A row «1 | 2 | 3 | …» numbering the columns under the header. */
    private static boolean isColumnNumbering(List<TableCell> cells) {
        if (cells.size() < ColumnLayout.MIN_RECOGNISED_COLUMNS) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (OfficeText.rowNumberValue(cells.get(i).text()) != i + 1) {
                return false;
            }
        }
        return true;
    }

    private static String joinedText(List<TableCell> cells) {
        StringBuilder out = new StringBuilder();
        for (TableCell cell : cells) {
            if (!cell.isBlank()) {
                out.append(out.length() == 0 ? "" : " | ").append(cell.text());
            }
        }
        return out.toString();
    }

    /** Where the header row was found. */
    private record HeaderLocation(int bodyIndex, WordBlock.Table table, int row, List<TableCell> cells) {
    }

    /** An event row waiting for possible continuation rows. */
    private record PendingRow(String number, Map<EventField, String> texts, Map<String, String> extras) {
    }
}
