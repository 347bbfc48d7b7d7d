package ru.smolensk.registry.integration.office.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

class EventsWorkbookWriterTest {

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeThreeEvents() throws IOException {
        List<EventExportRow> rows = List.of(
                event("1.", "Город Смоленск", "Администрация города Смоленска", "Китай, Сербия",
                        LocalDate.of(2025, 10, 19), 25),
                event("2.", "Город Смоленск", "Администрация города Смоленска", "Беларусь",
                        LocalDate.of(2025, 11, 3), null),
                event("3.", "Муниципальное образование «город Десногорск» Смоленской области",
                        "Администрация города Десногорска", "Беларусь, Китай", null, 100));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EventsWorkbookWriter().write(rows, out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void eventsSheetHasRussianHeadersForEveryColumn() {
        XSSFSheet sheet = workbook.getSheet("Мероприятия");
        assertNotNull(sheet);
        Row header = sheet.getRow(0);
        assertEquals(23, header.getLastCellNum());
        assertEquals("Период", header.getCell(0).getStringCellValue());
        assertEquals("Наименование мероприятия", header.getCell(7).getStringCellValue());
        assertEquals("Дата начала", header.getCell(14).getStringCellValue());
        assertEquals("Статус", header.getCell(21).getStringCellValue());
        assertEquals("Дополнительные столбцы", header.getCell(22).getStringCellValue());
        assertTrue(header.getCell(0).getCellStyle().getWrapText());
        assertEquals(4, sheet.getLastRowNum() + 1);
    }

    @Test
    void rowsCarryVerbatimTextAndNormalizedValues() {
        Row first = workbook.getSheet("Мероприятия").getRow(1);
        assertEquals("2025-Q4", first.getCell(0).getStringCellValue());
        assertEquals("Отчет", first.getCell(1).getStringCellValue());
        assertEquals("Муниципальный", first.getCell(2).getStringCellValue());
        assertEquals("19 октября\n2025 года", first.getCell(9).getStringCellValue());
        assertEquals("Китай, Сербия", first.getCell(17).getStringCellValue());
        assertEquals(CellType.NUMERIC, first.getCell(19).getCellType());
        assertEquals(25, first.getCell(19).getNumericCellValue());
        assertTrue(first.getCell(7).getCellStyle().getWrapText());
    }

    @Test
    void datesAreRealExcelDatesInRussianFormat() {
        Cell start = workbook.getSheet("Мероприятия").getRow(1).getCell(14);
        assertEquals(CellType.NUMERIC, start.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(start));
        assertEquals("dd.mm.yyyy", start.getCellStyle().getDataFormatString());
        assertEquals(LocalDate.of(2025, 10, 19), start.getLocalDateTimeCellValue().toLocalDate());
        assertEquals(null, workbook.getSheet("Мероприятия").getRow(3).getCell(14));
    }

    @Test
    void headerRowIsFrozenAndFiltered() {
        XSSFSheet sheet = workbook.getSheet("Мероприятия");
        PaneInformation pane = sheet.getPaneInformation();
        assertNotNull(pane);
        assertTrue(pane.isFreezePane());
        assertEquals(1, pane.getHorizontalSplitPosition());
        assertEquals(0, pane.getVerticalSplitPosition());
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
        assertEquals("A1:W4", sheet.getCTWorksheet().getAutoFilter().getRef());
        assertEquals(40 * 256, sheet.getColumnWidth(7));
    }

    @Test
    void summaryCountsByCountryOrganisationAndMonth() {
        XSSFSheet summary = workbook.getSheet("Сводка");
        assertNotNull(summary);
        Map<String, Double> counts = new HashMap<>();
        for (Row row : summary) {
            Cell label = row.getCell(0);
            Cell count = row.getCell(row.getLastCellNum() - 1);
            if (label != null && count != null && count.getCellType() == CellType.NUMERIC) {
                String key = row.getLastCellNum() == 3
                        ? label.getStringCellValue() + " / "
                                + row.getCell(1).getStringCellValue()
                        : label.getStringCellValue();
                counts.put(key, count.getNumericCellValue());
            }
        }
        assertEquals(3.0, counts.get("Всего мероприятий"));
        assertEquals(2.0, counts.get("Китай"));
        assertEquals(2.0, counts.get("Беларусь"));
        assertEquals(1.0, counts.get("Сербия"));
        assertEquals(2.0, counts.get("Город Смоленск / Администрация города Смоленска"));
        assertEquals(1.0, counts.get("Муниципальное образование «город Десногорск» Смоленской области"
                + " / Администрация города Десногорска"));
        assertEquals(1.0, counts.get("Октябрь 2025"));
        assertEquals(1.0, counts.get("Ноябрь 2025"));
        assertEquals(1.0, counts.get("Дата не определена"));
    }

    private static EventExportRow event(String number, String section, String organisation, String countries,
            LocalDate start, Integer participants) {
        String dates = start == null
                ? "в течение квартала"
                : start.getDayOfMonth() + " "
                        + (start.getMonthValue() == 10 ? "октября" : "ноября") + "\n2025 года";
        return new EventExportRow("2025-Q4", DocumentKind.REPORT, Level.MUNICIPAL, section, organisation,
                "Культура", number, "Международный конкурс «Смоленский рожок»", "г. Смоленск", dates, null, null,
                "Проведен конкурс", "Участники из " + countries, start, start, start == null ? "неизвестна" : "день",
                countries, "очно", participants, null, "Утверждено", null);
    }
}
