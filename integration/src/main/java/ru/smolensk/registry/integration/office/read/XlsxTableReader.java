package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Row.MissingCellPolicy;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.ExtraColumns;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * Reads an official table from the first sheet of an Excel workbook (.xlsx or .xls): a header row within the first
 * {@value #HEADER_SEARCH_ROWS} rows with the same column headers as the Word table, optionally the columns
 * «Раздел», «Вид документа», «Уровень», «Период» and a title above the header; one event per row. Every cell is
 * read as the text Excel displays. One instance reads one workbook.
 */
final class XlsxTableReader {

    static final int HEADER_SEARCH_ROWS = 10;

    private final String fileName;
    private final SourceFormat format;
    private final IssueLog log = new IssueLog();
    private final SectionAssembler assembler = new SectionAssembler(log);
    private final DataFormatter formatter = new DataFormatter(OfficeText.RUSSIAN);
    private ColumnLayout layout;
    private int lastNumber;

    XlsxTableReader(String fileName, SourceFormat format) {
        this.fileName = fileName;
        this.format = format;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    ReadResult read(Workbook workbook) {
        if (workbook.getNumberOfSheets() == 0) {
            throw noTable();
        }
        Sheet sheet = workbook.getSheetAt(0);
        int headerRow = findHeaderRow(sheet);
        List<TableCell> header = cells(sheet.getRow(headerRow), 0);
        layout = ColumnLayout.of(header, true);
        String title = title(sheet, headerRow);
        TitleFacts facts = title == null ? new TitleFacts(null, null, null) : TitleParser.parse(title);

        DocumentKind kind = resolve(facts.kind(), metaValue(sheet, headerRow, ColumnRole.DOCUMENT_KIND,
                TitleParser::kindValue), ColumnRole.DOCUMENT_KIND);
        if (kind == null) {
            kind = layout.kindByColumns();
        }
        if (kind == null) {
            throw TitleErrors.unknownKind(title);
        }
        Level level = resolve(facts.level(), metaValue(sheet, headerRow, ColumnRole.LEVEL, TitleParser::levelValue),
                ColumnRole.LEVEL);
        ReportingPeriod period = resolve(facts.period(), metaValue(sheet, headerRow, ColumnRole.PERIOD,
                TitleParser::periodValue), ColumnRole.PERIOD);
        if (period != null) {
            TitleErrors.checkPeriodFitsKind(kind, period, title);
        }
        layout.validate(kind, false, log);

        readRows(sheet, headerRow, kind);
        SectionAssembler.Assembled assembled = assembler.finish(kind, level, period);
        return new ReadResult(assembled.document(), log.issues(), format, title == null ? "" : title,
                assembled.sections(), layout.extraHeaders());
    }

    private int findHeaderRow(Sheet sheet) {
        boolean anyText = false;
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS - 1);
        for (int r = 0; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<TableCell> cells = cells(row, 0);
            if (ColumnLayout.looksLikeHeader(cells)) {
                return r;
            }
            anyText |= cells.stream().anyMatch(c -> !c.isBlank());
        }
        if (!anyText && sheet.getLastRowNum() < HEADER_SEARCH_ROWS) {
            throw noTable();
        }
        throw new DocumentReadException(ReadFailure.UNKNOWN_HEADER, "Не удалось найти шапку таблицы в первых "
                + HEADER_SEARCH_ROWS + " строках первого листа книги «" + fileName + "»: ожидаются столбцы «№ п/п», "
                + "«Наименование мероприятия», «Место проведения мероприятия», «Сроки проведения мероприятия» "
                + "и другие");
    }

    /** The non-blank cells above the header row, on one line; null when there are none. */
    private String title(Sheet sheet, int headerRow) {
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < headerRow; r++) {
            for (TableCell cell : cells(sheet.getRow(r), 0)) {
                if (!cell.isBlank()) {
                    parts.add(cell.text());
                }
            }
        }
        String title = OfficeText.normalizeSpace(OfficeText.stripBookmarks(String.join(" ", parts)));
        return title.isEmpty() ? null : title;
    }

    /** The single value of a metadata column over all rows (null when absent or blank everywhere). */
    private <T> T metaValue(Sheet sheet, int headerRow, ColumnRole role, Function<String, T> parser) {
        int column = layout.gridOf(role);
        if (column < 0) {
            return null;
        }
        T value = null;
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            String text = text(sheet.getRow(r), column);
            if (OfficeText.isBlank(text)) {
                continue;
            }
            T parsed = parser.apply(text);
            if (parsed == null) {
                log.add(IssueCode.UNKNOWN_METADATA, "Строка " + (r + 1) + ": значение «" + OfficeText.snippet(text)
                        + "» в столбце «" + role.title() + "» не распознано");
            } else if (value == null) {
                value = parsed;
            } else if (!value.equals(parsed)) {
                log.add(IssueCode.METADATA_CONFLICT, "Строка " + (r + 1) + ": в столбце «" + role.title()
                        + "» указано «" + OfficeText.snippet(text) + "», а в строках выше — другое значение");
            }
        }
        return value;
    }

    /** The title's value, checked against the column's; the title wins a conflict. */
    private <T> T resolve(T fromTitle, T fromColumn, ColumnRole role) {
        if (fromTitle != null && fromColumn != null && !fromTitle.equals(fromColumn)) {
            log.add(IssueCode.METADATA_CONFLICT, "Значение в столбце «" + role.title()
                    + "» противоречит заголовку над таблицей");
        }
        return fromTitle != null ? fromTitle : fromColumn;
    }

    private void readRows(Sheet sheet, int headerRow, DocumentKind kind) {
        Set<Integer> mergedRows = mergedRowStarts(sheet);
        int width = layout.width();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            List<TableCell> cells = cells(row, width);
            List<TableCell> inTable = cells.subList(0, width);
            if (cells.stream().allMatch(TableCell::isBlank) || layout.isHeaderRepeat(inTable)) {
                continue;
            }
            readRow(r + 1, cells, mergedRows.contains(r), kind);
        }
    }

    private void readRow(int sheetRow, List<TableCell> cells, boolean merged, DocumentKind kind) {
        int sectionColumn = layout.gridOf(ColumnRole.SECTION);
        if (sectionColumn >= 0) {
            String section = cells.get(sectionColumn).text();
            if (!OfficeText.isBlank(section) && !section.equals(assembler.currentTitle())) {
                assembler.startSection(section, sheetRow);
            }
        }
        TableCell only = onlyFieldText(cells);
        int numberColumn = layout.gridOf(ColumnRole.NUMBER);
        boolean hasNumber = numberColumn >= 0;
        String numberText = hasNumber ? cells.get(numberColumn).text() : null;
        boolean numbered = hasNumber && OfficeText.isRowNumber(numberText);
        if (only == null && !numbered && isOnlySectionOrMeta(cells)) {
            return;
        }
        if (only != null && (merged || hasNumber && !numbered && TableCell.onlyNonBlank(cells) == only)) {
            assembler.startSection(only.text(), sheetRow);
            return;
        }
        Map<EventField, String> texts = new EnumMap<>(EventField.class);
        Map<String, String> extras = new LinkedHashMap<>();
        boolean extra = false;
        for (TableCell cell : cells) {
            ColumnRole role = layout.roleAt(cell.gridStart());
            String header = role == null ? layout.extraHeaderAt(cell.gridStart()) : null;
            if (layout.isExtrasBundle(cell.gridStart())) {
                extras.putAll(ExtraColumns.parseDisplay(cell.text()).texts());
            } else if (header != null) {
                extras.merge(header, cell.text(), (a, b) -> a + "\n" + b);
            } else if (role == null) {
                extra |= !cell.isBlank() && !layout.isReported(cell.gridStart());
            } else if (role.field() != null) {
                texts.put(role.field(), cell.text());
            }
        }
        if (texts.values().stream().allMatch(OfficeText::isBlank)) {
            return; // a pre-numbered empty template row
        }
        for (EventField field : EventField.columnsOf(kind)) {
            texts.putIfAbsent(field, "");
        }
        String number = numberOf(numberText, numbered, sheetRow);
        if (extra) {
            log.add(IssueCode.EXTRA_CELLS, OfficeText.trim(number), null, "В строке " + sheetRow + " листа есть "
                    + "текст в столбцах без заголовка; он не загружен");
        }
        assembler.addRow(number, texts, extras, sheetRow);
    }

    /** The printed number, or the next number with a warning when the number cell is not a number. */
    private String numberOf(String numberText, boolean numbered, int sheetRow) {
        if (numbered) {
            lastNumber = OfficeText.rowNumberValue(numberText);
            return numberText;
        }
        lastNumber++;
        String number = Integer.toString(lastNumber);
        if (numberText != null) {
            String written = OfficeText.isBlank(numberText) ? "" : " («" + OfficeText.snippet(numberText) + "»)";
            log.add(IssueCode.ROW_WITHOUT_NUMBER, number, null, "В строке " + sheetRow + " листа нет номера "
                    + "мероприятия" + written + "; присвоен номер " + number);
        }
        return number;
    }

    /** The only non-blank cell among the number and official columns, or null. */
    private TableCell onlyFieldText(List<TableCell> cells) {
        return TableCell.onlyNonBlank(cells.stream().filter(cell -> {
            ColumnRole role = layout.roleAt(cell.gridStart());
            return role == null || !role.isMeta();
        }).toList());
    }

    /** Whether every non-blank cell of the row is in a metadata column («Раздел» and the like). */
    private boolean isOnlySectionOrMeta(List<TableCell> cells) {
        for (TableCell cell : cells) {
            ColumnRole role = layout.roleAt(cell.gridStart());
            if (!cell.isBlank() && (role == null || !role.isMeta())) {
                return false;
            }
        }
        return true;
    }

    /** Rows where a merged region spanning several columns starts: section headers written across the table. */
    private static Set<Integer> mergedRowStarts(Sheet sheet) {
        Set<Integer> rows = new HashSet<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getLastColumn() > region.getFirstColumn()) {
                rows.add(region.getFirstRow());
            }
        }
        return rows;
    }

    /** The cells of a row as displayed text, at least {@code minWidth} of them. */
    private List<TableCell> cells(Row row, int minWidth) {
        int width = Math.max(minWidth, row == null ? 0 : Math.max(0, row.getLastCellNum()));
        List<TableCell> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            cells.add(new TableCell(c, 1, text(row, c), false));
        }
        return cells;
    }

    private String text(Row row, int column) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column, MissingCellPolicy.RETURN_BLANK_AS_NULL);
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    private DocumentReadException noTable() {
        return new DocumentReadException(ReadFailure.NO_TABLE, "На первом листе книги «" + fileName
                + "» нет таблицы мероприятий");
    }
}
