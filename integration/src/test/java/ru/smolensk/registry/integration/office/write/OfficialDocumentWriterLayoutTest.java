package ru.smolensk.registry.integration.office.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialHeaders;

class OfficialDocumentWriterLayoutTest {

    @Test
    void pageIsA4LandscapeWithTheSamplesMargins() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(16838), size.getW());
            assertEquals(BigInteger.valueOf(11906), size.getH());
            assertEquals(STPageOrientation.LANDSCAPE, size.getOrient());
            CTPageMar margins = docx.getDocument().getBody().getSectPr().getPgMar();
            for (Object margin : List.of(margins.getTop(), margins.getRight(), margins.getBottom(),
                    margins.getLeft())) {
                assertEquals(BigInteger.valueOf(850), margin);
            }
        }
    }

    @Test
    void defaultFontIsTimesNewRoman12() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            CTRPr defaults = docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getAscii());
            assertEquals("Times New Roman", defaults.getRFontsArray(0).getHAnsi());
            assertEquals(BigInteger.valueOf(24), defaults.getSzArray(0).getVal());
            assertTrue(docx.getStyles().styleExist("TableGrid"));
        }
    }

    @Test
    void titleLinesAreCentredBold14() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            List<XWPFParagraph> paragraphs = docx.getParagraphs();
            assertEquals("План международных мероприятий", paragraphs.get(0).getText());
            assertEquals("муниципальных образований Смоленской области на I полугодие 2026 года",
                    paragraphs.get(1).getText());
            for (XWPFParagraph title : paragraphs.subList(0, 2)) {
                assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
                XWPFRun run = title.getRuns().get(0);
                assertTrue(run.isBold());
                assertEquals(14.0, run.getFontSizeAsDouble());
            }
            assertEquals(1, docx.getTables().size());
        }
    }

    @Test
    void headerRowIsOfficialBoldAndRepeatedOnEveryPage() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            XWPFTableRow header = docx.getTables().get(0).getRow(0);
            assertTrue(header.isRepeatHeader());
            List<String> expected = OfficialHeaders.row(DocumentKind.PLAN);
            assertEquals(expected, header.getTableCells().stream().map(WrittenDocx::text).toList());
            assertEquals(2, header.getCell(2).getParagraphs().size(), "«Место проведения\\nмероприятия»");
            assertTrue(header.getCell(1).getParagraphs().get(0).getRuns().get(0).isBold());
        }
    }

    @Test
    void columnWidthsFollowTheSamples() throws IOException {
        try (XWPFDocument plan = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official());
                XWPFDocument report = WrittenDocx.open(SampleDocuments.reportWithNote(), WriteOptions.official())) {
            assertEquals(List.of(737, 2835, 1984, 1701, 2627, 2627, 2627), gridOf(plan.getTables().get(0)));
            assertEquals(List.of(737, 2835, 1984, 1701, 3940, 3940), gridOf(report.getTables().get(0)));
            XWPFTableRow row = plan.getTables().get(0).getRow(2);
            assertEquals(2835, row.getCell(1).getWidth());
            assertEquals("fixed", plan.getTables().get(0).getCTTbl().getTblPr().getTblLayout().getType().toString());
        }
    }

    @Test
    void sectionRowsAreMergedAcrossTheTableBoldAndCentred() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            XWPFTable table = docx.getTables().get(0);
            for (int index : new int[]{1, 4}) {
                XWPFTableRow section = table.getRow(index);
                assertEquals(1, section.getTableCells().size());
                XWPFTableCell cell = section.getCell(0);
                assertEquals(BigInteger.valueOf(7), cell.getCTTc().getTcPr().getGridSpan().getVal());
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                assertEquals(ParagraphAlignment.CENTER, paragraph.getAlignment());
                assertTrue(paragraph.getRuns().get(0).isBold());
                assertEquals(11.0, paragraph.getRuns().get(0).getFontSizeAsDouble());
            }
            assertEquals("Город Смоленск", WrittenDocx.text(table.getRow(1).getCell(0)));
            assertEquals("Муниципальное образование «город Десногорск» Смоленской области",
                    WrittenDocx.text(table.getRow(4).getCell(0)));
        }
    }

    @Test
    void eventRowsAreNumberedContinuouslyAcrossSections() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            XWPFTable table = docx.getTables().get(0);
            assertEquals(List.of("1.", "2.", "3."), numbers(table, 2, 3, 5));
            XWPFRun number = table.getRow(2).getCell(0).getParagraphs().get(0).getRuns().get(0);
            assertFalse(number.isBold());
            assertEquals(10.0, number.getFontSizeAsDouble());
        }
    }

    @Test
    void keepNumbersPrintsTheRowsOwnNumbers() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(),
                WriteOptions.official().keepingNumbers())) {
            assertEquals(List.of("1.", "7.", "12."), numbers(docx.getTables().get(0), 2, 3, 5));
        }
    }

    @Test
    void cellTextIsVerbatimWithParagraphsTabsAndNoBreakSpaces() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            XWPFTable table = docx.getTables().get(0);
            assertEquals("Участие в \nIV открытом конкурсе\nим. Н.К. Бобкова", WrittenDocx.text(table.getRow(3)
                    .getCell(1)));
            assertEquals(3, table.getRow(3).getCell(1).getParagraphs().size());
            assertEquals(" пос.\u00a0Шумячи\t(центр)  ", WrittenDocx.text(table.getRow(5).getCell(2)));
            assertEquals("12 июня\n\n2026 года\n", WrittenDocx.text(table.getRow(5).getCell(3)));
            assertTrue(WrittenDocx.text(table.getRow(2).getCell(4)).contains("опытом & знаниями <без>"));
        }
    }

    @Test
    void noteIsTheMergedLastRowOfTheTable() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.reportWithNote(), WriteOptions.official())) {
            XWPFTable table = docx.getTables().get(0);
            XWPFTableRow last = table.getRow(table.getNumberOfRows() - 1);
            assertEquals(1, last.getTableCells().size());
            assertEquals(BigInteger.valueOf(6), last.getCell(0).getCTTc().getTcPr().getGridSpan().getVal());
            assertEquals(SampleDocuments.NOTE, WrittenDocx.text(last.getCell(0)));
            assertEquals("Отчет о мероприятиях в международной сфере, проведенных исполнительными органами",
                    docx.getParagraphs().get(0).getText());
            assertEquals("во II квартале 2025 года", docx.getParagraphs().get(2).getText());
        }
    }

    @Test
    void draftIsMarkedAboveTheTitleAndByAWatermark() throws IOException {
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official().asDraft())) {
            XWPFParagraph marking = docx.getParagraphs().get(0);
            assertEquals("ПРОЕКТ (не утверждено)", marking.getText());
            assertTrue(marking.getRuns().get(0).isBold());
            assertEquals("План международных мероприятий", docx.getParagraphs().get(1).getText());
            assertFalse(docx.getHeaderList().isEmpty());
            assertTrue(docx.getHeaderFooterPolicy().getDefaultHeader()._getHdrFtr().xmlText().contains("ПРОЕКТ"));
        }
        try (XWPFDocument approved = WrittenDocx.open(SampleDocuments.smallPlan(), WriteOptions.official())) {
            assertTrue(approved.getHeaderList().isEmpty());
        }
    }

    @Test
    void organisationDocumentNamesTheOrganisationUnderTheTitle() throws IOException {
        WriteOptions options = WriteOptions.official().forOrganisation("Администрация города Смоленска");
        try (XWPFDocument docx = WrittenDocx.open(SampleDocuments.smallPlan(), options)) {
            XWPFParagraph organisation = docx.getParagraphs().get(2);
            assertEquals("Администрация города Смоленска", organisation.getText());
            assertEquals(ParagraphAlignment.CENTER, organisation.getAlignment());
        }
    }

    @Test
    void periodWithoutRowsGivesTitleHeaderAndNoDataRow() throws IOException {
        OfficialDocument empty = new OfficialDocument(DocumentKind.REPORT, Level.MUNICIPAL,
                ReportingPeriod.quarter(2025, 3), List.of(), null);
        try (XWPFDocument docx = WrittenDocx.open(empty, WriteOptions.official())) {
            assertEquals("муниципальных и городских округов Смоленской области в III квартале 2025 года",
                    docx.getParagraphs().get(1).getText());
            XWPFTable table = docx.getTables().get(0);
            assertEquals(2, table.getNumberOfRows());
            assertTrue(table.getRow(0).isRepeatHeader());
            XWPFTableCell noData = table.getRow(1).getCell(0);
            assertEquals(BigInteger.valueOf(6), noData.getCTTc().getTcPr().getGridSpan().getVal());
            assertEquals("Сведения за период отсутствуют", WrittenDocx.text(noData));
        }
    }

    @Test
    void tenThousandRowsGiveAWellFormedTable() throws Exception {
        byte[] docx = WrittenDocx.bytes(SampleDocuments.largeReport(10_000), WriteOptions.official());
        List<String> numbers = new java.util.ArrayList<>();
        int[] rows = {0};
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
                    factory.setNamespaceAware(true);
                    factory.newSAXParser().parse(new java.io.FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the zip stream is closed by try-with-resources
                        }
                    }, new RowCounter(rows, numbers));
                }
            }
        }
        assertEquals(1 + 200 + 10_000 + 1, rows[0]);
        assertEquals("1.", numbers.get(0));
        assertEquals("10000.", numbers.get(numbers.size() - 1));
    }

    /** Counts table rows and collects the texts that look like row numbers. */
    private static final class RowCounter extends org.xml.sax.helpers.DefaultHandler {
        private final int[] rows;
        private final List<String> numbers;
        private final StringBuilder text = new StringBuilder();

        RowCounter(int[] rows, List<String> numbers) {
            this.rows = rows;
            this.numbers = numbers;
        }

        @Override
        public void startElement(String uri, String local, String name, org.xml.sax.Attributes attributes) {
            if (local.equals("tr")) {
                rows[0]++;
            }
            text.setLength(0);
        }

        @Override
        public void characters(char[] chars, int start, int length) {
            text.append(chars, start, length);
        }

        @Override
        public void endElement(String uri, String local, String name) {
            if (local.equals("t") && text.toString().matches("\\d+\\.")) {
                numbers.add(text.toString());
            }
        }
    }

    @Test
    void outputStreamIsLeftOpen() throws IOException {
        var out = new java.io.ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new OfficialDocumentWriter().write(SampleDocuments.smallPlan(), out);
        assertFalse(out.closed);
        assertTrue(out.size() > 0);
    }

    private static List<Integer> gridOf(XWPFTable table) {
        return table.getCTTbl().getTblGrid().getGridColList().stream()
                .map(c -> ((BigInteger) c.getW()).intValue()).toList();
    }

    private static List<String> numbers(XWPFTable table, int... rows) {
        return java.util.Arrays.stream(rows).mapToObj(r -> WrittenDocx.text(table.getRow(r).getCell(0))).toList();
    }
}
