package ru.smolensk.registry.integration.office.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.fulfilment.Fulfilment;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

class FulfilmentWorkbookWriterTest {

    @Test
    void writesTheSummaryThePlanEntriesAndTheUnplannedEvents() throws Exception {
        Fulfilment.Event planned = new Fulfilment.Event(1, 1, "2030-H1", "XXI театральный конкурс «Маленькие шедевры»",
                "март 2030 года", LocalDate.of(2030, 3, 1), LocalDate.of(2030, 3, 31));
        Fulfilment.Event held = new Fulfilment.Event(5, 1, "2030-Q1", "XXI театральный конкурс «Маленькие шедевры»",
                "15 марта 2030 года", LocalDate.of(2030, 3, 15), LocalDate.of(2030, 3, 15));
        Fulfilment.Event fair = new Fulfilment.Event(2, 2, "2030-H1", "Ярмарка", "май 2030 года", null, null);
        Fulfilment.Event visit = new Fulfilment.Event(6, 2, "2030-Q2", "Визит делегации", "апрель", null, null);
        Fulfilment fulfilment = new Fulfilment(ReportingPeriod.parse("2030-H1"), false, List.of(
                new Fulfilment.OrganizationFulfilment("smolensk", "город Смоленск", "APPROVED", 2, 0, 1, 1, 0, 1,
                        List.of(new Fulfilment.PlannedItem(planned, Outcome.HELD_WITH_CHANGES, "Другие даты",
                                "smolensk", List.of(held)),
                                new Fulfilment.PlannedItem(fair, Outcome.NOT_HELD, "Отменена", "smolensk", List.of())),
                        List.of(visit))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FulfilmentWorkbookWriter().write(fulfilment, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = workbook.getSheet(FulfilmentWorkbookWriter.SUMMARY_SHEET);
            assertEquals("город Смоленск", summary.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2, summary.getRow(2).getCell(1).getNumericCellValue());
            assertEquals(1, summary.getRow(2).getCell(3).getNumericCellValue());
            assertEquals(50, summary.getRow(2).getCell(7).getNumericCellValue());
            Sheet plan = workbook.getSheet(FulfilmentWorkbookWriter.PLANNED_SHEET);
            assertEquals("Проведено с изменениями", plan.getRow(2).getCell(4).getStringCellValue());
            assertEquals("Другие даты", plan.getRow(2).getCell(5).getStringCellValue());
            assertEquals("2030-Q1: XXI театральный конкурс «Маленькие шедевры» (15 марта 2030 года)",
                    plan.getRow(2).getCell(6).getStringCellValue());
            assertEquals("Не проведено", plan.getRow(3).getCell(4).getStringCellValue());
            assertEquals("Визит делегации",
                    workbook.getSheet(FulfilmentWorkbookWriter.UNPLANNED_SHEET).getRow(2).getCell(2)
                            .getStringCellValue());
        }
    }
}
