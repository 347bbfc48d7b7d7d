package ru.smolensk.registry.integration.office.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.integration.office.OfficialHeaders;

/** Builds small Word documents for tests, element by element in body order. */
final class TestWord {

    static final String PLAN_TITLE_1 = "План международных мероприятий";
    static final String PLAN_TITLE_2 = "муниципальных образований Смоленской области на I полугодие 2026 года";
    static final String REPORT_TITLE = "Отчет о мероприятиях в международной сфере, проведенных исполнительными "
            + "органами Смоленской области и подведомственными им учреждениями во II квартале 2025 года";

    private final XWPFDocument document = new XWPFDocument();
    private XWPFTable table;
    private int columns;

    /** A municipal plan for 2026-H1: title paragraphs and the official header row. */
    static TestWord municipalPlan() {
        return new TestWord().paragraph(PLAN_TITLE_1).paragraph(PLAN_TITLE_2)
                .table(OfficialHeaders.row(DocumentKind.PLAN));
    }

    /** A regional report for 2025-Q2: title paragraph and the official header row. */
    static TestWord regionalReport() {
        return new TestWord().paragraph(REPORT_TITLE).table(OfficialHeaders.row(DocumentKind.REPORT));
    }

    /** A paragraph with the text in one run. */
    TestWord paragraph(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return this;
    }

    /** A new table whose first row is the given header. */
    TestWord table(List<String> header) {
        columns = header.size();
        table = document.createTable(1, columns);
        fill(table.getRow(0), header.toArray(String[]::new));
        return this;
    }

    TestWord table(String... header) {
        return table(List.of(header));
    }

    /** A row of the current table; {@code \n} in a text starts a new paragraph of the cell. */
    TestWord row(String... cells) {
        fill(table.createRow(), cells);
        return this;
    }

    /** A section header: one cell spanning the whole table. */
    TestWord section(String title) {
        XWPFTableRow row = table.createRow();
        for (int i = row.getTableCells().size() - 1; i > 0; i--) {
            row.removeCell(i);
        }
        XWPFTableCell cell = row.getCell(0);
        cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        setText(cell, title);
        return this;
    }

    XWPFTable currentTable() {
        return table;
    }

    XWPFTableRow lastRow() {
        return table.getRow(table.getNumberOfRows() - 1);
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }

    private static void fill(XWPFTableRow row, String... texts) {
        while (row.getTableCells().size() < texts.length) {
            row.addNewTableCell();
        }
        for (int i = 0; i < texts.length; i++) {
            setText(row.getCell(i), texts[i]);
        }
    }

    static void setText(XWPFTableCell cell, String text) {
        String[] paragraphs = text.split("\n", -1);
        while (cell.getParagraphs().size() > 1) {
            cell.removeParagraph(cell.getParagraphs().size() - 1);
        }
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        first.createRun().setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }
}
