package ru.smolensk.registry.integration.office.write;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialHeaders;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;

/**
 * Streams the official table ({@code <w:tbl>}) of one document: the header row repeated on every page,
 * a merged row per section, the numbered event rows and the note as a merged last row, as in the
 * customer's documents. Row markup goes through one reused buffer straight to the writer, so memory
 * does not grow with the number of rows.
 */
final class OfficialTableMarkup {

    static final String NO_DATA_TEXT = "Сведения за период отсутствуют";

    private static final String TABLE_BORDERS = "<w:tblBorders>" + border("top") + border("left") + border("bottom")
            + border("right") + border("insideH") + border("insideV") + "</w:tblBorders>";
    private static final String CELL_MARGINS = "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar>";
    private static final String TABLE_LOOK = "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\""
            + " w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/>";
    private static final String HEADER_ROW_OPEN = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
    private static final int FLUSH_THRESHOLD = 1 << 15;

    private final DocumentKind kind;
    private final List<EventField> fields;
    private final String[] cellOpen;
    private final String mergedCellOpen;
    private final StringBuilder buffer = new StringBuilder(FLUSH_THRESHOLD * 2);
    private char[] chars = new char[FLUSH_THRESHOLD * 2];

    OfficialTableMarkup(DocumentKind kind) {
        this.kind = kind;
        this.fields = EventField.columnsOf(kind);
        List<Integer> widths = OfficialLayout.columnWidths(kind);
        this.cellOpen = widths.stream()
                .map(w -> "<w:tc><w:tcPr><w:tcW w:w=\"" + w + "\" w:type=\"dxa\"/></w:tcPr>")
                .toArray(String[]::new);
        this.mergedCellOpen = "<w:tc><w:tcPr><w:tcW w:w=\"" + OfficialLayout.tableWidth(kind)
                + "\" w:type=\"dxa\"/><w:gridSpan w:val=\"" + widths.size() + "\"/></w:tcPr>";
    }

    /** Writes the whole table of the document. */
    void write(OfficialDocument document, WriteOptions options, Writer out) throws IOException {
        appendTableStart();
        appendHeaderRow();
        if (document.rowCount() == 0) {
            appendMergedRow(NO_DATA_TEXT, ParagraphFormat.NO_DATA);
        } else {
            appendSections(document.sections(), options.keepNumbers(), out);
        }
        if (document.note() != null && !document.note().isBlank()) {
            appendMergedRow(document.note(), ParagraphFormat.NOTE);
        }
        buffer.append("</w:tbl>");
        flush(out);
    }

    private void appendSections(List<OfficialSection> sections, boolean keepNumbers, Writer out)
            throws IOException {
        int number = 0;
        for (OfficialSection section : sections) {
            if (section.title() != null && !section.title().isBlank()) {
                appendMergedRow(section.title(), ParagraphFormat.SECTION);
            }
            for (OfficialRow row : section.rows()) {
                number++;
                String printed = keepNumbers && row.number() != null ? row.number() : number + ".";
                appendEventRow(printed, row);
                if (buffer.length() >= FLUSH_THRESHOLD) {
                    flush(out);
                }
            }
        }
    }

    private void appendTableStart() {
        buffer.append("<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"")
                .append(OfficialLayout.tableWidth(kind)).append("\" w:type=\"dxa\"/>")
                .append(TABLE_BORDERS).append("<w:tblLayout w:type=\"fixed\"/>").append(CELL_MARGINS)
                .append(TABLE_LOOK).append("</w:tblPr><w:tblGrid>");
        for (int width : OfficialLayout.columnWidths(kind)) {
            buffer.append("<w:gridCol w:w=\"").append(width).append("\"/>");
        }
        buffer.append("</w:tblGrid>");
    }

    private void appendHeaderRow() {
        buffer.append(HEADER_ROW_OPEN);
        List<String> headers = OfficialHeaders.row(kind);
        for (int column = 0; column < headers.size(); column++) {
            appendCell(column, headers.get(column), ParagraphFormat.HEADER);
        }
        buffer.append("</w:tr>");
    }

    private void appendMergedRow(String text, ParagraphFormat format) {
        buffer.append("<w:tr>").append(mergedCellOpen);
        WordTextMarkup.appendParagraphs(buffer, text, format);
        buffer.append("</w:tc></w:tr>");
    }

    private void appendEventRow(String number, OfficialRow row) {
        buffer.append("<w:tr>");
        appendCell(0, number, ParagraphFormat.CELL);
        for (int i = 0; i < fields.size(); i++) {
            appendCell(i + 1, row.cell(fields.get(i)), ParagraphFormat.CELL);
        }
        buffer.append("</w:tr>");
    }

    private void appendCell(int column, String text, ParagraphFormat format) {
        buffer.append(cellOpen[column]);
        WordTextMarkup.appendParagraphs(buffer, text, format);
        buffer.append("</w:tc>");
    }

    private void flush(Writer out) throws IOException {
        int length = buffer.length();
        if (chars.length < length) {
            chars = new char[length];
        }
        buffer.getChars(0, length, chars, 0);
        out.write(chars, 0, length);
        buffer.setLength(0);
    }

    private static String border(String side) {
        return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>";
    }
}
