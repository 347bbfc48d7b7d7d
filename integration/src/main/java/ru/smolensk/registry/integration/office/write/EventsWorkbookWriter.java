package ru.smolensk.registry.integration.office.write;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes events as an Excel workbook with POI SXSSF (100 rows in memory at a time): the sheet
 * «Мероприятия» with one row per event, every official column verbatim and the normalized values
 * (dates as real Excel dates dd.mm.yyyy), a frozen header row and an auto filter; and the sheet
 * «Сводка» with the counts by country, by section and organisation, and by month of the start date.
 * Instances are stateless and thread-safe.
 */
public class EventsWorkbookWriter {

    static final String EVENTS_SHEET = "Мероприятия";
    static final String SUMMARY_SHEET = "Сводка";

    private static final int ROWS_IN_MEMORY = 100;
    private static final int MAX_CELL_TEXT = 32_767;
    private static final List<EventSheetColumn> COLUMNS = EventSheetColumn.ALL;

    /**
     * Writes the rows, in the order given, to the stream, which is left open. The rows are read once
     * and may come from a lazy source.
     *
     * @throws IOException when the stream fails
     */
    public void write(Iterable<EventExportRow> rows, OutputStream out) throws IOException {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(out, "out");
        // Closing the streaming workbook also deletes its temporary files.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            EventSummary summary = writeEvents(workbook.createSheet(EVENTS_SHEET), rows, styles);
            writeSummary(workbook.createSheet(SUMMARY_SHEET), summary, styles);
            workbook.write(out);
        }
    }

    private static EventSummary writeEvents(SXSSFSheet sheet, Iterable<EventExportRow> rows, WorkbookStyles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            sheet.setColumnWidth(c, COLUMNS.get(c).width());
            textCell(header, c, COLUMNS.get(c).header(), styles.header);
        }
        sheet.createFreezePane(0, 1);
        EventSummary summary = new EventSummary();
        int index = 1;
        for (EventExportRow event : rows) {
            Row row = sheet.createRow(index++);
            for (int c = 0; c < COLUMNS.size(); c++) {
                valueCell(row, c, COLUMNS.get(c).valueOf(event), styles);
            }
            summary.add(event);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, index - 1, 0, COLUMNS.size() - 1));
        return summary;
    }

    private static void writeSummary(Sheet sheet, EventSummary summary, WorkbookStyles styles) {
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 45 * 256);
        sheet.setColumnWidth(2, 14 * 256);
        Row total = sheet.createRow(0);
        textCell(total, 0, "Всего мероприятий", styles.caption);
        total.createCell(1).setCellValue(summary.total());

        int next = captionAndHeader(sheet, 2, "По странам", styles, "Страна", "Количество мероприятий");
        for (EventSummary.Count<String> count : summary.byCountry()) {
            countRow(sheet.createRow(next++), styles, count.count(), count.key());
        }
        next = captionAndHeader(sheet, next + 1, "По разделам и организациям", styles, "Раздел", "Организация",
                "Количество мероприятий");
        for (EventSummary.Count<EventSummary.SectionAndOrganisation> count : summary.bySectionAndOrganisation()) {
            countRow(sheet.createRow(next++), styles, count.count(), count.key().section(),
                    count.key().organisation());
        }
        next = captionAndHeader(sheet, next + 1, "По месяцам (по дате начала)", styles, "Месяц",
                "Количество мероприятий");
        for (EventSummary.Count<String> count : summary.byMonth()) {
            countRow(sheet.createRow(next++), styles, count.count(), count.key());
        }
    }

    /** Writes a caption row and a header row from the given index; returns the index of the first data row. */
    private static int captionAndHeader(Sheet sheet, int at, String caption, WorkbookStyles styles,
            String... headers) {
        textCell(sheet.createRow(at), 0, caption, styles.caption);
        Row header = sheet.createRow(at + 1);
        for (int i = 0; i < headers.length; i++) {
            textCell(header, i, headers[i], styles.header);
        }
        return at + 2;
    }

    private static void countRow(Row row, WorkbookStyles styles, int count, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            textCell(row, i, labels[i], styles.text);
        }
        Cell cell = row.createCell(labels.length);
        cell.setCellValue(count);
        cell.setCellStyle(styles.integer);
    }

    private static void valueCell(Row row, int column, Object value, WorkbookStyles styles) {
        if (value instanceof LocalDate date) {
            Cell cell = row.createCell(column);
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Integer number) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number);
            cell.setCellStyle(styles.integer);
        } else if (value != null) {
            textCell(row, column, value.toString(), styles.text);
        }
    }

    private static void textCell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text.length() <= MAX_CELL_TEXT ? text : text.substring(0, MAX_CELL_TEXT - 1) + "…");
        cell.setCellStyle(style);
    }
}
