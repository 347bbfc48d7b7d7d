package ru.smolensk.registry.integration.office.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The customer's text renderings of the fixtures: each cell starts on a line with a tab, its further paragraphs
 * follow on lines of their own; rows are separated by blank lines (which also occur between cells of one row, so
 * rows are cut by cell count).
 *
 * <p>Two artefacts of the rendering are undone before comparing with the Word content: the {@code [bookmark: …]}
 * markers the renderer prints for Word bookmarks, and whitespace at line ends, which the rendering shows but the
 * .docx fixtures do not contain. Trailing empty lines of a cell cannot be told apart from the blank lines between
 * cells, so they are dropped on both sides.
 */
final class TextRendering {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern LINE_END_SPACE = Pattern.compile("[ \\u00A0]+$");

    private final List<String> lines;

    TextRendering(String text) {
        this.lines = Arrays.stream(text.split("\n", -1)).map(l -> BOOKMARK.matcher(l).replaceAll("")).toList();
    }

    /** The cells (number first) of the row numbered {@code number}, as the rendering shows them. */
    List<String> row(int number, int cellCount) {
        Pattern start = Pattern.compile("\t" + number + "\\.[ \\u00A0]*");
        int i = 0;
        while (i < lines.size() && !start.matcher(lines.get(i)).matches()) {
            i++;
        }
        if (i == lines.size()) {
            throw new IllegalArgumentException("No row " + number);
        }
        List<String> cells = new ArrayList<>();
        List<String> current = null;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("\t")) {
                if (current != null) {
                    cells.add(cell(current));
                }
                if (cells.size() == cellCount) {
                    return cells;
                }
                current = new ArrayList<>();
                current.add(line.substring(1));
            } else if (current != null) {
                current.add(line);
            }
        }
        cells.add(cell(current));
        return cells;
    }

    /** The expected form of a cell text read from the .docx: line-end whitespace and trailing empty lines cut. */
    static String comparable(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(LINE_END_SPACE.matcher(line).replaceAll(""));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out);
    }

    /** The text read from the .docx with only its trailing empty paragraphs cut (see the class comment). */
    static String withoutTrailingEmptyLines(String text) {
        String result = text;
        while (result.endsWith("\n")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static String cell(List<String> lines) {
        return String.join("\n", lines);
    }
}
