package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The body of a Word 97–2003 (.doc) document as {@link WordBlock}s, read with Apache POI HWPF. Word 97 tables have
 * no column grid: a cell's grid columns are found from the cell edges of all rows of its table, so a merged section
 * row spans every column and a cell merged across two columns spans both. Vertically merged cells after the first
 * are continuation cells, as in .docx. Text is taken as printed: line breaks (vertical tab) as {@code \n}, field
 * instructions, deleted and hidden text, object and picture marks left out.
 */
final class DocBody {

    /** Cell edges closer than this (in twips, 1/20 pt) are the same grid line: about half a millimetre. */
    private static final int EDGE_TOLERANCE = 30;
    private static final int MAX_SPAN = 64;
    private static final char FIELD_BEGIN = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;
    private static final char LINE_BREAK = 0x0B;
    private static final char NO_BREAK_HYPHEN = 0x1E;

    private DocBody() {
    }

    static List<WordBlock> of(HWPFDocument document) {
        Range range = document.getRange();
        List<WordBlock> blocks = new ArrayList<>();
        int count = range.numParagraphs();
        for (int i = 0; i < count; i++) {
            Paragraph paragraph = range.getParagraph(i);
            if (paragraph.isInTable() && paragraph.getTableLevel() == 1) {
                Table table = range.getTable(paragraph);
                blocks.add(table(table));
                i += Math.max(1, table.numParagraphs()) - 1;
            } else if (!paragraph.isInTable()) {
                blocks.add(new WordBlock.Paragraph(text(paragraph)));
            }
        }
        return blocks;
    }

    private static WordBlock.Table table(Table table) {
        int[] edges = edges(table);
        List<WordRow> rows = new ArrayList<>(table.numRows());
        for (int r = 0; r < table.numRows(); r++) {
            rows.add(row(table.getRow(r), edges));
        }
        return new WordBlock.Table(rows);
    }

    private static WordRow row(TableRow row, int[] edges) {
        List<TableCell> cells = new ArrayList<>(row.numCells());
        boolean nested = false;
        for (int c = 0; c < row.numCells(); c++) {
            org.apache.poi.hwpf.usermodel.TableCell cell = row.getCell(c);
            int start = nearest(edges, cell.getLeftEdge());
            int end = Math.max(start + 1, nearest(edges, cell.getLeftEdge() + cell.getWidth()));
            int span = Math.min(MAX_SPAN, end - start);
            if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
                // an old-style horizontal merge: the cell is covered by the one to its left
                TableCell left = cells.remove(cells.size() - 1);
                cells.add(new TableCell(left.gridStart(), Math.min(MAX_SPAN, end - left.gridStart()), left.text(),
                        left.continuation()));
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int p = 0; p < cell.numParagraphs(); p++) {
                Paragraph paragraph = cell.getParagraph(p);
                nested |= paragraph.getTableLevel() > 1;
                if (p > 0) {
                    text.append('\n');
                }
                text.append(text(paragraph));
            }
            boolean continuation = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
            cells.add(new TableCell(start, span, text.toString(), continuation));
        }
        return new WordRow(cells, row.isTableHeader(), nested);
    }

    /** The distinct cell edges of all rows, left to right. */
    private static int[] edges(Table table) {
        TreeSet<Integer> raw = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                org.apache.poi.hwpf.usermodel.TableCell cell = row.getCell(c);
                raw.add(cell.getLeftEdge());
                raw.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> merged = new ArrayList<>(raw.size());
        for (int edge : raw) {
            if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
                merged.add(edge);
            }
        }
        return merged.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int nearest(int[] edges, int position) {
        int best = 0;
        for (int i = 1; i < edges.length; i++) {
            if (Math.abs(edges[i] - position) < Math.abs(edges[best] - position)) {
                best = i;
            }
        }
        return best;
    }

    /** The printed text of a paragraph. */
    private static String text(Paragraph paragraph) {
        StringBuilder out = new StringBuilder(64);
        int fieldDepth = 0;
        long instructionMask = 0; // bit d set: the field at depth d is still in its instruction part
        for (int r = 0; r < paragraph.numCharacterRuns(); r++) {
            CharacterRun run = paragraph.getCharacterRun(r);
            if (run.isMarkedDeleted()) {
                continue;
            }
            boolean hidden = run.isVanished();
            String text = run.text();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == FIELD_BEGIN) {
                    fieldDepth++;
                    instructionMask |= bit(fieldDepth);
                } else if (c == FIELD_SEPARATOR) {
                    instructionMask &= ~bit(fieldDepth);
                } else if (c == FIELD_END) {
                    instructionMask &= ~bit(fieldDepth);
                    fieldDepth = Math.max(0, fieldDepth - 1);
                } else if (!hidden && instructionMask == 0) {
                    append(c, out);
                }
            }
        }
        return out.toString();
    }

    private static long bit(int depth) {
        return 1L << Math.min(63, depth);
    }

    private static void append(char c, StringBuilder out) {
        if (c == LINE_BREAK) {
            out.append('\n');
        } else if (c == NO_BREAK_HYPHEN) {
            out.append('\u2011');
        } else if (c == '\t' || c >= ' ') {
            out.append(c);
        }
        // paragraph and cell marks, page and column breaks, picture, object and footnote marks are not text
    }
}
