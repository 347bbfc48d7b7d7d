package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The body of a Word (.docx) document as {@link WordBlock}s: paragraphs with their printed text ({@link DocxText})
 * and tables with grid positions from {@code gridBefore} and {@code gridSpan}, vertical merges as continuation
 * cells.
 */
final class DocxBody {

    /** Word allows at most 63 columns; a larger span is damage. */
    private static final int MAX_SPAN = 64;

    private DocxBody() {
    }

    static List<WordBlock> of(XWPFDocument document) {
        List<IBodyElement> body = document.getBodyElements();
        List<WordBlock> blocks = new ArrayList<>(body.size());
        for (IBodyElement element : body) {
            if (element instanceof XWPFParagraph paragraph) {
                blocks.add(new WordBlock.Paragraph(DocxText.paragraph(paragraph)));
            } else if (element instanceof XWPFTable table) {
                List<WordRow> rows = new ArrayList<>(table.getNumberOfRows());
                for (XWPFTableRow row : table.getRows()) {
                    rows.add(row(row));
                }
                blocks.add(new WordBlock.Table(rows));
            }
        }
        return blocks;
    }

    private static WordRow row(XWPFTableRow row) {
        List<ICell> icells = row.getTableICells();
        List<TableCell> cells = new ArrayList<>(icells.size());
        int grid = gridBefore(row.getCtRow());
        boolean[] nestedInCell = new boolean[1];
        boolean nested = false;
        for (ICell icell : icells) {
            int span = 1;
            boolean continuation = false;
            if (icell instanceof XWPFTableCell cell) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                if (pr != null) {
                    if (pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                        span = Math.max(1, Math.min(MAX_SPAN, pr.getGridSpan().getVal().intValue()));
                    }
                    continuation = isContinuation(pr);
                }
            }
            nestedInCell[0] = false;
            String text = DocxText.cell(icell, nestedInCell);
            nested |= nestedInCell[0];
            cells.add(new TableCell(grid, span, text, continuation));
            grid += span;
        }
        return new WordRow(cells, row.isRepeatHeader(), nested);
    }

    private static boolean isContinuation(CTTcPr pr) {
        if (!pr.isSetVMerge()) {
            return false;
        }
        CTVMerge merge = pr.getVMerge();
        return !merge.isSetVal() || merge.getVal() != STMerge.RESTART;
    }

    private static int gridBefore(CTRow row) {
        if (row.isSetTrPr() && row.getTrPr().sizeOfGridBeforeArray() > 0) {
            var value = row.getTrPr().getGridBeforeArray(0).getVal();
            return value == null ? 0 : Math.max(0, Math.min(MAX_SPAN, value.intValue()));
        }
        return 0;
    }
}
