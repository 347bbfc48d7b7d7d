package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialHeaders;
import ru.smolensk.registry.integration.office.OfficialRow;

/** Structural quirks of Word tables, on documents built in the test. */
class WordStructureTest {

    private final OfficialDocumentReader reader = new OfficialDocumentReader();

    private ReadResult read(TestWord word) {
        return reader.read(word.stream(), "test.docx");
    }

    private static List<String> codes(ReadResult result) {
        return result.issues().stream().map(ReadIssue::code).toList();
    }

    private static String[] planRow(String number, String name) {
        return new String[]{number, name, "г. Смоленск", "март 2026 года", "Описание", "Цель", "Участники"};
    }

    @Test
    void readsTitleSectionsRowsAndNote() {
        TestWord word = TestWord.municipalPlan()
                .section("Город Смоленск")
                .row(planRow("1. ", "Первое"))
                .row(planRow("2.", "Второе"))
                .section("Муниципальное образование «город Десногорск»\nСмоленской области")
                .row(planRow("3", "Третье"))
                .paragraph("")
                .paragraph("  Примечание: всего 3 мероприятия  ");
        ReadResult result = read(word);
        OfficialDocument document = result.document();

        assertEquals(DocumentKind.PLAN, document.kind());
        assertEquals(Level.MUNICIPAL, document.level());
        assertEquals(ReportingPeriod.halfYear(2026, 1), document.period());
        assertEquals(2, document.sections().size());
        assertEquals("Муниципальное образование «город Десногорск»\nСмоленской области",
                document.sections().get(1).title());
        assertEquals("Муниципальное образование «город Десногорск» Смоленской области",
                result.sections().get(1).normalizedTitle());
        assertEquals(List.of("1. ", "2."), document.sections().get(0).rows().stream().map(OfficialRow::number)
                .toList());
        assertEquals("Третье", document.sections().get(1).rows().get(0).cell(EventField.NAME));
        assertEquals("Примечание: всего 3 мероприятия", document.note());
        assertEquals(List.of(), result.issues());
    }

    @Test
    void columnsAreFoundByTheirTextNotTheirPosition() {
        TestWord word = new TestWord().paragraph(TestWord.REPORT_TITLE)
                .table("№\nп/п", "Сроки\nпроведения", "Наименование", "Участники мероприятия",
                        "Место  проведения", "Цель, содержание и результат мероприятия")
                .section("Сотрудничество в сфере спорта")
                .row("1.", "май 2025 года", "Турнир", "120 человек", "г. Смоленск", "Проведен турнир");
        OfficialRow row = read(word).document().sections().get(0).rows().get(0);

        assertEquals("Турнир", row.cell(EventField.NAME));
        assertEquals("май 2025 года", row.cell(EventField.DATES));
        assertEquals("г. Смоленск", row.cell(EventField.PLACE));
        assertEquals("Проведен турнир", row.cell(EventField.OUTCOME));
        assertEquals("120 человек", row.cell(EventField.PARTICIPANTS));
    }

    @Test
    void keepsLineBreaksTabsNoBreakAndTrailingSpacesVerbatim() {
        TestWord word = TestWord.municipalPlan().section("Город Смоленск").row(planRow("1.", "x"));
        XWPFTableCell name = word.lastRow().getCell(1);
        name.removeParagraph(0);
        XWPFParagraph first = name.addParagraph();
        XWPFRun run = first.createRun();
        run.setText("Концерт «Дружба ");
        run.addBreak();
        run.setText("без\u00A0Границ»");
        run.addTab();
        run.setText("2026  ");
        name.addParagraph().createRun().setText(" второй абзац ");

        OfficialRow row = read(word).document().sections().get(0).rows().get(0);

        assertEquals("Концерт «Дружба \nбез\u00A0Границ»\t2026  \n второй абзац ", row.cell(EventField.NAME));
    }

    @Test
    void skipsRepeatedHeaderRowsAndTheColumnNumberingRow() {
        TestWord word = TestWord.municipalPlan()
                .row("1", "2", "3", "4", "5", "6", "7")
                .section("Город Смоленск")
                .row(planRow("1.", "Первое"))
                .row(OfficialHeaders.row(DocumentKind.PLAN).toArray(String[]::new))
                .row(planRow("2.", "Второе"));
        word.currentTable().getRow(0).setRepeatHeader(true);
        ReadResult result = read(word);

        assertEquals(2, result.document().rowCount());
        assertEquals(List.of(), result.issues());
    }

    @Test
    void rowWithoutNumberIsAWarningNotACrash() {
        TestWord word = TestWord.municipalPlan()
                .section("Город Смоленск")
                .row(planRow("1.", "Первое"))
                .row(planRow("", "Без номера"))
                .row(planRow("2.", "Второе"));
        ReadResult result = read(word);

        assertEquals(2, result.document().rowCount());
        assertEquals(List.of("row-without-number"), codes(result));
        assertFalse(result.hasErrors());
    }

    @Test
    void emptySectionInTheMiddleIsKeptWithAWarning() {
        TestWord word = TestWord.municipalPlan()
                .section("Город Смоленск")
                .row(planRow("1.", "Первое"))
                .section("Муниципальное образование «Велижский район» ")
                .section("Муниципальное образование «Руднянский район»")
                .row(planRow("2.", "Второе"));
        ReadResult result = read(word);

        assertEquals(3, result.document().sections().size());
        assertEquals("Муниципальное образование «Велижский район» ", result.document().sections().get(1).title());
        assertTrue(result.document().sections().get(1).rows().isEmpty());
        assertEquals(List.of("empty-section"), codes(result));
        assertNull(result.document().note());
    }

    @Test
    void singleCellAfterTheLastRowAndTextAfterTheTableMakeTheNote() {
        TestWord word = TestWord.regionalReport()
                .section("Сотрудничество в сфере спорта")
                .row("1.", "Турнир", "г. Смоленск", "май 2025 года", "Проведен", "100 человек")
                .section("\tВо II квартале 2025 года состоялось 9 встреч –\nв здании Дома Советов ")
                .paragraph("Подготовлено министерством");
        ReadResult result = read(word);

        assertEquals(1, result.document().sections().size());
        assertEquals("Во II квартале 2025 года состоялось 9 встреч –\nв здании Дома Советов\n"
                + "Подготовлено министерством", result.document().note());
        assertEquals(List.of(), result.issues());
    }

    @Test
    void numberingGapsAreReported() {
        TestWord word = TestWord.municipalPlan()
                .section("Город Смоленск")
                .row(planRow("1.", "Первое"))
                .row(planRow("3.", "Третье"));
        ReadResult result = read(word);

        assertEquals(List.of("numbering-gap"), codes(result));
        assertEquals("3.", result.issues().get(0).row());
    }

    @Test
    void extraColumnsAreKeptWithEachRowAndWarnedAbout() {
        List<String> header = new java.util.ArrayList<>(OfficialHeaders.row(DocumentKind.PLAN));
        header.add(2, "Ответственный\nисполнитель");
        header.add("Источник финансирования");
        TestWord word = new TestWord().paragraph(TestWord.PLAN_TITLE_1 + " " + TestWord.PLAN_TITLE_2)
                .table(header)
                .section("Город Смоленск")
                .row("1.", "Первое", "Иванов И. И.,\nначальник отдела", "г. Смоленск", "март 2026 года", "Описание",
                        "Цель", "Участники", "областной бюджет")
                .row("2.", "Второе", "", "г. Смоленск", "май 2026 года", "Описание", "Цель", "Участники", "");
        ReadResult result = read(word);

        assertFalse(result.hasErrors());
        assertEquals(List.of("extra-column", "extra-column"), codes(result));
        assertTrue(result.warnings().get(0).message().contains("Ответственный исполнитель"));
        assertEquals(List.of("Ответственный исполнитель", "Источник финансирования"), result.extraHeaders());
        var first = result.document().sections().get(0).rows().get(0);
        assertEquals("г. Смоленск", first.cell(ru.smolensk.registry.domain.model.event.EventField.PLACE));
        assertEquals(java.util.Map.of("Ответственный исполнитель", "Иванов И. И.,\nначальник отдела",
                "Источник финансирования", "областной бюджет"), first.extras());
        assertEquals("", result.document().sections().get(0).rows().get(1).extras().get("Источник финансирования"));
    }

    @Test
    void aMissingOfficialColumnIsAnErrorNamingIt() {
        List<String> header = new java.util.ArrayList<>(OfficialHeaders.row(DocumentKind.PLAN));
        header.remove(OfficialHeaders.of(DocumentKind.PLAN, ru.smolensk.registry.domain.model.event.EventField.GOAL));
        header.add("Ответственный исполнитель");
        TestWord word = new TestWord().paragraph(TestWord.PLAN_TITLE_1 + " " + TestWord.PLAN_TITLE_2)
                .table(header).section("Город Смоленск");

        DocumentReadException e = org.junit.jupiter.api.Assertions.assertThrows(DocumentReadException.class,
                () -> read(word));
        assertEquals("unknown-header", e.code());
        assertTrue(e.getMessage().contains("нет столбца «Цель проведения мероприятия»"), e.getMessage());
    }

    @Test
    void verticallyMergedCellsTakeTheTextAbove() {
        TestWord word = TestWord.municipalPlan()
                .section("Город Смоленск")
                .row(planRow("1.", "Первое"))
                .row(planRow("2.", "Второе"));
        XWPFTable table = word.currentTable();
        table.getRow(2).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
        XWPFTableCell below = table.getRow(3).getCell(3);
        below.getCTTc().addNewTcPr().addNewVMerge();
        TestWord.setText(below, "");
        ReadResult result = read(word);

        List<OfficialRow> rows = result.document().sections().get(0).rows();
        assertEquals("март 2026 года", rows.get(1).cell(EventField.DATES));
        assertEquals(List.of("merged-cells"), codes(result));
    }

    @Test
    void nestedTableTextIsTaken() {
        TestWord word = TestWord.municipalPlan().section("Город Смоленск").row(planRow("1.", "Первое"));
        CTTc participants = word.lastRow().getCell(6).getCTTc();
        CTRow nestedRow = participants.addNewTbl().addNewTr();
        nestedRow.addNewTc().addNewP().addNewR().addNewT().setStringValue("Беларусь");
        nestedRow.addNewTc().addNewP().addNewR().addNewT().setStringValue("12 человек");
        participants.addNewP();
        ReadResult result = read(word);

        assertEquals("Участники\nБеларусь\t12 человек\n",
                result.document().sections().get(0).rows().get(0).cell(EventField.PARTICIPANTS));
        assertEquals(List.of("nested-table"), codes(result));
    }

    @Test
    void literalBookmarkMarkersAreRemovedAndReported() {
        TestWord word = TestWord.municipalPlan()
                .section("Город Смоленск")
                .row(planRow("1.", "Участие в\n[bookmark: _GoBack]«Выставке»"));
        ReadResult result = read(word);

        assertEquals("Участие в\n«Выставке»", result.document().sections().get(0).rows().get(0)
                .cell(EventField.NAME));
        assertEquals(List.of("bookmark-removed"), codes(result));
        assertEquals(EventField.NAME, result.issues().get(0).field());
    }

    @Test
    void aSecondTableWithTheRepeatedHeaderContinuesTheFirst() {
        TestWord word = TestWord.municipalPlan()
                .section("Город Смоленск")
                .row(planRow("1.", "Первое"))
                .paragraph("Муниципальное образование «город Десногорск»")
                .table(OfficialHeaders.row(DocumentKind.PLAN))
                .row(planRow("2.", "Второе"));
        ReadResult result = read(word);

        assertEquals(2, result.document().sections().size());
        assertEquals("Муниципальное образование «город Десногорск»", result.document().sections().get(1).title());
        assertEquals("Второе", result.document().sections().get(1).rows().get(0).cell(EventField.NAME));
        assertNull(result.document().note());
    }

    @Test
    void aNumberColumnWithAnEmptyHeaderIsAccepted() {
        List<String> header = new java.util.ArrayList<>(OfficialHeaders.row(DocumentKind.PLAN));
        header.set(0, "");
        TestWord word = new TestWord().paragraph(TestWord.PLAN_TITLE_1 + " " + TestWord.PLAN_TITLE_2)
                .table(header)
                .section("Город Смоленск")
                .row(planRow("1.", "Первое"));
        ReadResult result = read(word);

        assertEquals("1.", result.document().sections().get(0).rows().get(0).number());
        assertEquals(List.of(), result.issues());
    }

    @Test
    void rowsBeforeTheFirstSectionAreKeptInAnUntitledSection() {
        TestWord word = TestWord.municipalPlan().row(planRow("1.", "Первое"));
        ReadResult result = read(word);

        assertEquals("", result.document().sections().get(0).title());
        assertFalse(result.sections().get(0).titled());
        assertEquals(List.of("no-sections"), codes(result));
    }
}
