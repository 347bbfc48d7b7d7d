package ru.smolensk.registry.integration.office.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.odftoolkit.odfdom.doc.OdfDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The body of an OpenDocument text (.odt) as {@link WordBlock}s, read with the ODF Toolkit (odfdom). Each cell and
 * covered cell takes one grid column; a cell spanning columns covers the following covered cells of its row, and a
 * covered cell that no cell of its row covers continues a cell spanning rows above (a continuation cell, as a
 * vertically merged .docx cell). Rows in {@code table:table-header-rows} repeat as headers. Text is taken as printed:
 * {@code text:line-break} as {@code \n}, {@code text:tab} as a tab, {@code text:s} as its spaces; footnotes,
 * annotations, drawings and tracked deletions (kept apart in {@code text:tracked-changes}) are left out.
 */
final class OdtBody {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    /** Repeated empty cells or rows beyond this are layout padding, not content. */
    private static final int MAX_REPEAT = 64;
    /** Word processors allow at most 63 columns; a larger span is damage. */
    private static final int MAX_SPAN = 64;

    private OdtBody() {
    }

    /** Loads the document from memory, reads its body and closes it. */
    static List<WordBlock> read(byte[] data) throws Exception {
        try (OdfDocument document = OdfDocument.loadDocument(new ByteArrayInputStream(data))) {
            return of(document);
        }
    }

    static List<WordBlock> of(OdfDocument document) throws Exception {
        Element root = document.getContentDom().getDocumentElement();
        Element text = firstDescendant(root, OFFICE, "text");
        List<WordBlock> blocks = new ArrayList<>();
        if (text != null) {
            addBlocks(text, blocks);
        }
        return blocks;
    }

    private static void addBlocks(Element parent, List<WordBlock> blocks) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (is(e, TEXT, "p") || is(e, TEXT, "h")) {
                StringBuilder out = new StringBuilder(64);
                appendInline(e, out);
                blocks.add(new WordBlock.Paragraph(out.toString()));
            } else if (is(e, TABLE, "table")) {
                blocks.add(table(e));
            } else if (is(e, TEXT, "list") || is(e, TEXT, "list-item") || is(e, TEXT, "list-header")
                    || is(e, TEXT, "section") || is(e, TEXT, "index-body")) {
                addBlocks(e, blocks);
            } else if (isIndex(e)) {
                Element body = firstDescendant(e, TEXT, "index-body");
                if (body != null) {
                    addBlocks(body, blocks);
                }
            }
            // text:tracked-changes (deleted text), declarations and forms are not printed text
        }
    }

    private static boolean isIndex(Element e) {
        return TEXT.equals(e.getNamespaceURI()) && e.getLocalName().endsWith("-index")
                || is(e, TEXT, "table-of-content");
    }

    private static WordBlock.Table table(Element table) {
        List<WordRow> rows = new ArrayList<>();
        addRows(table, false, rows);
        return new WordBlock.Table(rows);
    }

    private static void addRows(Element parent, boolean header, List<WordRow> rows) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (is(e, TABLE, "table-row")) {
                WordRow row = row(e, header);
                int repeat = Math.min(MAX_REPEAT, repeat(e, "number-rows-repeated"));
                boolean blank = row.cells().stream().allMatch(TableCell::isBlank);
                for (int i = 0; i < (blank ? 1 : repeat); i++) {
                    rows.add(row);
                }
            } else if (is(e, TABLE, "table-header-rows")) {
                addRows(e, true, rows);
            } else if (is(e, TABLE, "table-rows") || is(e, TABLE, "table-row-group")) {
                addRows(e, header, rows);
            }
        }
    }

    private static WordRow row(Element row, boolean header) {
        List<TableCell> cells = new ArrayList<>();
        boolean[] nested = new boolean[1];
        int grid = 0;
        int coveredByLeft = 0;
        for (Node n = row.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            boolean covered = is(e, TABLE, "covered-table-cell");
            if (!covered && !is(e, TABLE, "table-cell")) {
                continue;
            }
            int repeat = Math.min(MAX_REPEAT, repeat(e, "number-columns-repeated"));
            for (int i = 0; i < repeat; i++) {
                if (covered && coveredByLeft > 0) {
                    coveredByLeft--;
                } else if (covered) {
                    cells.add(new TableCell(grid, 1, "", true));
                } else {
                    int span = Math.max(1, Math.min(MAX_SPAN, repeat(e, "number-columns-spanned")));
                    cells.add(new TableCell(grid, span, cellText(e, nested), false));
                    coveredByLeft = span - 1;
                }
                grid++;
            }
        }
        return new WordRow(cells, header, nested[0]);
    }

    /** The paragraphs of a cell joined with {@code \n}; a nested table as rows joined with {@code \n}, cells with tabs. */
    private static String cellText(Element cell, boolean[] nested) {
        StringBuilder out = new StringBuilder(64);
        appendCellContent(cell, out, nested, new boolean[]{true});
        return out.toString();
    }

    private static void appendCellContent(Element parent, StringBuilder out, boolean[] nested, boolean[] first) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (is(e, TEXT, "p") || is(e, TEXT, "h")) {
                separate(out, first);
                appendInline(e, out);
            } else if (is(e, TABLE, "table")) {
                nested[0] = true;
                separate(out, first);
                List<String> lines = new ArrayList<>();
                for (WordRow row : table(e).rows()) {
                    lines.add(String.join("\t", row.cells().stream().map(TableCell::text).toList()));
                }
                out.append(String.join("\n", lines));
            } else if (is(e, TEXT, "list") || is(e, TEXT, "list-item") || is(e, TEXT, "list-header")
                    || is(e, TEXT, "section")) {
                appendCellContent(e, out, nested, first);
            }
        }
    }

    private static void separate(StringBuilder out, boolean[] first) {
        if (!first[0]) {
            out.append('\n');
        }
        first[0] = false;
    }

    /** The printed text inside a paragraph. */
    private static void appendInline(Element parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                appendCollapsed(n.getNodeValue(), out);
            } else if (n instanceof Element e) {
                if (is(e, TEXT, "s")) {
                    out.append(" ".repeat(Math.min(MAX_REPEAT * 16, repeat(e, "c", TEXT))));
                } else if (is(e, TEXT, "tab")) {
                    out.append('\t');
                } else if (is(e, TEXT, "line-break")) {
                    out.append('\n');
                } else if (is(e, TEXT, "note") || is(e, OFFICE, "annotation") || is(e, TEXT, "ruby-text")
                        || DRAW.equals(e.getNamespaceURI())) {
                    continue;
                } else {
                    appendInline(e, out);
                }
            }
        }
    }

    /** Character data as ODF prints it: tabs and line feeds in the XML are spaces, runs of spaces one space. */
    private static void appendCollapsed(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                c = ' ';
            }
            if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            out.append(c);
        }
    }

    private static int repeat(Element e, String attribute) {
        return repeat(e, attribute, TABLE);
    }

    private static int repeat(Element e, String attribute, String namespace) {
        String value = e.getAttributeNS(namespace, attribute);
        if (value == null || value.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException ex) {
            return 1;
        }
    }

    private static boolean is(Element e, String namespace, String localName) {
        return localName.equals(e.getLocalName()) && namespace.equals(e.getNamespaceURI());
    }

    private static Element firstDescendant(Element root, String namespace, String localName) {
        var found = root.getElementsByTagNameNS(namespace, localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }
}
