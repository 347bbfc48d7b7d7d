package ru.smolensk.registry.integration.office.write;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.smolensk.registry.domain.application.fulfilment.Fulfilment;

/**
 * Writes the plan fulfilment of a half-year as an Excel workbook: the sheet «Выполнение плана» with one row per
 * organisation (planned, held as planned, held with changes, not held, no information, unplanned held, per cent
 * held), «Мероприятия плана» with every plan entry, its outcome, what changed or why not held and the report
 * entries that fulfil it, and «Вне плана» with the events held that were not planned. Stateless and thread-safe.
 */
public class FulfilmentWorkbookWriter {

    static final String SUMMARY_SHEET = "Выполнение плана";
    static final String PLANNED_SHEET = "Мероприятия плана";
    static final String UNPLANNED_SHEET = "Вне плана";

    private static final int MAX_CELL_TEXT = 32_767;

    /** Writes the workbook to the stream, which is left open. */
    public void write(Fulfilment fulfilment, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            writeSummary(workbook.createSheet(SUMMARY_SHEET), fulfilment, styles);
            writePlanned(workbook.createSheet(PLANNED_SHEET), fulfilment, styles);
            writeUnplanned(workbook.createSheet(UNPLANNED_SHEET), fulfilment, styles);
            workbook.write(out);
        }
    }

    private static void writeSummary(Sheet sheet, Fulfilment f, WorkbookStyles styles) {
        int next = header(sheet, styles, "Выполнение планов международных мероприятий за " + f.period().code()
                + (f.includesDrafts() ? " (включая неутвержденные данные)" : ""), 60, "Организация", 16,
                "Запланировано",
                16, "Проведено по плану", 16, "Проведено с изменениями", 16, "Не проведено", 16, "Нет сведений", 16,
                "Проведено вне плана", 14, "Выполнено, %");
        for (Fulfilment.OrganizationFulfilment o : f.organizations()) {
            Row row = sheet.createRow(next++);
            text(row, 0, o.organizationName(), styles.text);
            long[] counts = {o.planned(), o.held(), o.heldWithChanges(), o.notHeld(), o.noInformation(),
                    o.unplannedHeld(), o.percentHeld()};
            for (int i = 0; i < counts.length; i++) {
                Cell cell = row.createCell(i + 1);
                cell.setCellValue(counts[i]);
                cell.setCellStyle(styles.integer);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, next - 1), 0, 7));
    }

    private static void writePlanned(Sheet sheet, Fulfilment f, WorkbookStyles styles) {
        int next = header(sheet, styles, "Мероприятия планов и их выполнение", 40, "Организация", 8, "№ в плане", 60,
                "Мероприятие плана", 25, "Сроки по плану", 24, "Итог", 50, "Что изменилось / причина", 60,
                "Проведено (записи отчетов)");
        for (Fulfilment.OrganizationFulfilment o : f.organizations()) {
            for (Fulfilment.PlannedItem item : o.plannedItems()) {
                Row row = sheet.createRow(next++);
                text(row, 0, o.organizationName(), styles.text);
                Cell ordinal = row.createCell(1);
                ordinal.setCellValue(item.planEntry().ordinal());
                ordinal.setCellStyle(styles.integer);
                text(row, 2, item.planEntry().name(), styles.text);
                text(row, 3, item.planEntry().dates(), styles.text);
                text(row, 4, item.outcome().label(), styles.text);
                text(row, 5, item.comment(), styles.text);
                text(row, 6, reportEntries(item.reportEntries()), styles.text);
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, next - 1), 0, 6));
    }

    private static void writeUnplanned(Sheet sheet, Fulfilment f, WorkbookStyles styles) {
        int next = header(sheet, styles, "Мероприятия, проведенные вне плана", 40, "Организация", 12, "Период", 60,
                "Мероприятие", 25, "Сроки");
        for (Fulfilment.OrganizationFulfilment o : f.organizations()) {
            for (Fulfilment.Event event : o.unplanned()) {
                Row row = sheet.createRow(next++);
                text(row, 0, o.organizationName(), styles.text);
                text(row, 1, event.period(), styles.text);
                text(row, 2, event.name(), styles.text);
                text(row, 3, event.dates(), styles.text);
            }
        }
    }

    private static String reportEntries(List<Fulfilment.Event> events) {
        return events.stream().map(e -> e.period() + ": " + e.name() + (e.dates() == null
                ? ""
                : " (" + e.dates()
                        + ")"))
                .collect(Collectors.joining("\n"));
    }

    /** A caption in the first row and the header in the second; widths (in characters) precede their titles. */
    private static int header(Sheet sheet, WorkbookStyles styles, String caption, Object... widthsAndTitles) {
        text(sheet.createRow(0), 0, caption, styles.caption);
        Row header = sheet.createRow(1);
        for (int i = 0; i < widthsAndTitles.length; i += 2) {
            sheet.setColumnWidth(i / 2, (Integer) widthsAndTitles[i] * 256);
            text(header, i / 2, (String) widthsAndTitles[i + 1], styles.header);
        }
        sheet.createFreezePane(0, 2);
        return 2;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.length() <= MAX_CELL_TEXT ? value : value.substring(0, MAX_CELL_TEXT - 1) + "…");
        }
    }
}
