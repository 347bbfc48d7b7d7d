package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialHeaders;
import ru.smolensk.registry.integration.office.OfficialRow;

/** Excel workbooks built with POI in the test and read back. */
class ExcelReadTest {

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    @Test
    void readsAPlanWithTitleNumberAndSectionColumns() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("План");
            sheet.createRow(0).createCell(0).setCellValue("План международных мероприятий муниципальных "
                    + "образований Смоленской области на I полугодие 2026 года");
            Row header = sheet.createRow(2);
            List<String> headers = OfficialHeaders.row(DocumentKind.PLAN);
            header.createCell(0).setCellValue("Раздел");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i + 1).setCellValue(headers.get(i));
            }
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            row(sheet, 3, "Город Смоленск", 1, "Концерт «Дружба\nбез Границ»", "г.\u00A0Смоленск", "апрель 2026 года");
            row(sheet, 4, "Город Смоленск", 2, "Форум", "г. Смоленск", null);
            sheet.getRow(4).getCell(4).setCellValue(LocalDate.of(2026, 5, 19));
            sheet.getRow(4).getCell(4).setCellStyle(dateStyle);
            row(sheet, 5, "Муниципальное образование «город Десногорск»", 3, "Выставка", "г. Десногорск",
                    "июнь 2026 года ");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ReadResult result = reader.read(new ByteArrayInputStream(xlsx), "plan.xlsx");
        OfficialDocument document = result.document();

        assertEquals(SourceFormat.XLSX, result.format());
        assertEquals(DocumentKind.PLAN, document.kind());
        assertEquals(Level.MUNICIPAL, document.level());
        assertEquals(ReportingPeriod.halfYear(2026, 1), document.period());
        assertEquals(List.of("Город Смоленск", "Муниципальное образование «город Десногорск»"),
                document.sections().stream().map(s -> s.title()).toList());
        assertEquals(3, document.rowCount());
        OfficialRow first = document.sections().get(0).rows().get(0);
        assertEquals("1", first.number());
        assertEquals("Концерт «Дружба\nбез Границ»", first.cell(EventField.NAME));
        assertEquals("г.\u00A0Смоленск", first.cell(EventField.PLACE));
        assertEquals("Описание 1", first.cell(EventField.DESCRIPTION));
        assertEquals("19.05.2026", document.sections().get(0).rows().get(1).cell(EventField.DATES));
        assertEquals("июнь 2026 года ", document.sections().get(1).rows().get(0).cell(EventField.DATES));
        assertEquals(List.of(), result.issues());
    }

    @Test
    void readsAReportDescribedByColumnsWithoutNumbers() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            String[] header = {"Вид документа", "Уровень", "Период", "Раздел", "Наименование мероприятия",
                    "Место проведения мероприятия", "Сроки проведения мероприятия",
                    "Цель, содержание и результат мероприятия", "Участники мероприятия"};
            fill(sheet.createRow(0), header);
            fill(sheet.createRow(1), "Отчет", "региональный", "2025-Q2", "Сотрудничество в сфере спорта",
                    "Турнир", "г. Смоленск", "май 2025 года", "Проведен турнир", "120 человек");
            fill(sheet.createRow(2), "Отчет", "региональный", "2025-Q2", "Сотрудничество в сфере спорта",
                    "Эстафета", "г. Смоленск", "июнь 2025 года", "Проведена эстафета", "80 человек");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ReadResult result = reader.read(new ByteArrayInputStream(xlsx), "report.xlsx");

        assertEquals(DocumentKind.REPORT, result.document().kind());
        assertEquals(Level.REGIONAL, result.document().level());
        assertEquals(ReportingPeriod.quarter(2025, 2), result.document().period());
        assertEquals(List.of("1", "2"), result.document().sections().get(0).rows().stream()
                .map(OfficialRow::number).toList());
        assertEquals("Проведена эстафета", result.document().sections().get(0).rows().get(1)
                .cell(EventField.OUTCOME));
        assertFalse(result.hasErrors());
    }

    @Test
    void aWorkbookWithoutLevelLeavesItToTheImport() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            fill(sheet.createRow(0), "Период", "Наименование мероприятия", "Место проведения мероприятия",
                    "Сроки проведения мероприятия", "Цель, содержание и результат мероприятия",
                    "Участники мероприятия");
            fill(sheet.createRow(1), "2025-Q2", "Турнир", "г. Смоленск", "май 2025 года", "Проведен", "10");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ReadResult result = reader.read(new ByteArrayInputStream(xlsx), "report.xlsx");
        assertNull(result.document().level());
        assertEquals("2025-Q2", result.document().period().code());
        assertEquals(1, result.document().rowCount());
    }

    @Test
    void mergedRowsAcrossTheTableAreSectionsLikeInWord() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            fill(sheet.createRow(0), TestWord.REPORT_TITLE);
            fill(sheet.createRow(1), OfficialHeaders.row(DocumentKind.REPORT).toArray(String[]::new));
            fill(sheet.createRow(2), "Сотрудничество в сфере спорта");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 5));
            fill(sheet.createRow(3), "1.", "Турнир", "г. Смоленск", "май 2025 года", "Проведен", "10 человек");
            fill(sheet.createRow(4), "Общие направления сотрудничества");
            fill(sheet.createRow(5), "2.", "Визит", "г. Минск", "июнь 2025 года", "Состоялся", "5 человек");
            fill(sheet.createRow(6), "Во II квартале 2025 года состоялось 9 встреч");
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 0, 5));
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ReadResult result = reader.read(new ByteArrayInputStream(xlsx), "report.xlsx");

        assertEquals(List.of("Сотрудничество в сфере спорта", "Общие направления сотрудничества"),
                result.document().sections().stream().map(s -> s.title()).toList());
        assertEquals(List.of("1.", "2."), result.document().sections().stream()
                .flatMap(s -> s.rows().stream()).map(OfficialRow::number).toList());
        assertEquals("Во II квартале 2025 года состоялось 9 встреч", result.document().note());
        assertEquals(List.of(), result.issues());
    }

    private static void row(Sheet sheet, int index, String section, int number, String name, String place,
            String dates) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(section);
        row.createCell(1).setCellValue(number);
        row.createCell(2).setCellValue(name);
        row.createCell(3).setCellValue(place);
        row.createCell(4).setCellValue(dates);
        row.createCell(5).setCellValue("Описание " + number);
        row.createCell(6).setCellValue("Цель " + number);
        row.createCell(7).setCellValue("Участники " + number);
    }

    private static void fill(Row row, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            row.createCell(i).setCellValue(texts[i]);
        }
    }
}
