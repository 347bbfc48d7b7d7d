package ru.smolensk.registry.integration.office.read;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlCursor.TokenType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * The text of Word paragraphs and cells exactly as printed: runs concatenated, {@code <w:tab/>} as a tab,
 * {@code <w:br/>} and {@code <w:cr/>} as a line break, paragraphs of a cell joined with a line break; every other
 * character (no-break spaces, leading and trailing spaces) kept. Deleted revisions, field instructions, drawings
 * and footnote references are left out. One cursor pass per paragraph.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final Map<String, Action> ACTIONS = actions();

    private DocxText() {
    }

    /** The text of a paragraph. */
    static String paragraph(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder(64);
        appendParagraph(paragraph.getCTP(), out);
        return out.toString();
    }

    /**
     * The text of a table cell: its paragraphs joined with {@code \n}; a nested table as rows joined with
     * {@code \n} and cells with a tab.
     *
     * @param nested set to true when the cell contains a nested table
     */
    static String cell(ICell cell, boolean[] nested) {
        if (cell instanceof XWPFTableCell tableCell) {
            StringBuilder out = new StringBuilder(64);
            appendBody(tableCell.getBodyElements(), out, nested);
            return out.toString();
        }
        if (cell instanceof XWPFSDTCell sdtCell) {
            return sdtCell.getContent().getText();
        }
        return "";
    }

    private static void appendBody(List<IBodyElement> elements, StringBuilder out, boolean[] nested) {
        boolean first = true;
        for (IBodyElement element : elements) {
            if (!first) {
                out.append('\n');
            }
            first = false;
            if (element instanceof XWPFParagraph p) {
                appendParagraph(p.getCTP(), out);
            } else if (element instanceof XWPFTable table) {
                nested[0] = true;
                appendTable(table, out, nested);
            } else if (element instanceof XWPFSDT sdt) {
                out.append(sdt.getContent().getText());
            }
        }
    }

    private static void appendTable(XWPFTable table, StringBuilder out, boolean[] nested) {
        boolean firstRow = true;
        for (XWPFTableRow row : table.getRows()) {
            if (!firstRow) {
                out.append('\n');
            }
            firstRow = false;
            boolean firstCell = true;
            for (ICell cell : row.getTableICells()) {
                if (!firstCell) {
                    out.append('\t');
                }
                firstCell = false;
                out.append(cell(cell, nested));
            }
        }
    }

    private static void appendParagraph(CTP paragraph, StringBuilder out) {
        try (XmlCursor c = paragraph.newCursor()) {
            int depth = 0;
            TokenType token = c.toNextToken();
            while (!token.isNone() && !token.isEnddoc()) {
                if (token.isStart()) {
                    Action action = actionFor(c.getName());
                    if (action != Action.DESCEND) {
                        apply(action, c, out);
                        c.toEndToken();
                    } else {
                        depth++;
                    }
                } else if (token.isEnd()) {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
                token = c.toNextToken();
            }
        }
    }

    private static void apply(Action action, XmlCursor c, StringBuilder out) {
        switch (action) {
            case TEXT -> out.append(c.getTextValue());
            case TAB -> out.append('\t');
            case BREAK -> out.append('\n');
            case NO_BREAK_HYPHEN -> out.append('\u2011');
            default -> {
                // SKIP: properties, deleted text, field instructions, drawings, references
            }
        }
    }

    private static Action actionFor(QName name) {
        String ns = name.getNamespaceURI();
        if (MC.equals(ns)) {
            return Action.SKIP;
        }
        if (!W.equals(ns)) {
            return Action.DESCEND;
        }
        return ACTIONS.getOrDefault(name.getLocalPart(), Action.DESCEND);
    }

    private static Map<String, Action> actions() {
        Map<String, Action> actions = new HashMap<>();
        actions.put("t", Action.TEXT);
        actions.put("tab", Action.TAB);
        actions.put("ptab", Action.TAB);
        actions.put("br", Action.BREAK);
        actions.put("cr", Action.BREAK);
        actions.put("noBreakHyphen", Action.NO_BREAK_HYPHEN);
        for (String skipped : List.of("pPr", "rPr", "sdtPr", "sdtEndPr", "del", "moveFrom", "delText", "instrText",
                "delInstrText", "fldData", "drawing", "pict", "object", "footnoteReference", "endnoteReference",
                "commentReference", "annotationRef", "rt")) {
            actions.put(skipped, Action.SKIP);
        }
        return Map.copyOf(actions);
    }

    private enum Action {
        TEXT, TAB, BREAK, NO_BREAK_HYPHEN, SKIP, DESCEND
    }
}
