package ru.smolensk.registry.domain.model.event;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of the columns of an imported table that are not official ones («Ответственный исполнитель»,
 * «Источник финансирования» …), by header in table order, verbatim. Stored in one text column: headers and texts
 * separated by the ASCII unit separator, columns by the record separator (control characters that no document
 * text can hold: XML 1.0 forbids them and the readers drop them).
 *
 * @param texts text by header
 */
public record ExtraColumns(Map<String, String> texts) {

    /** No extra columns. */
    public static final ExtraColumns NONE = new ExtraColumns(Map.of());

    private static final Pattern DISPLAYED_HEADER = Pattern.compile("(?m)^«([^»\n]+)»: ");
    private static final char UNIT = '\u001F';
    private static final char RECORD = '\u001E';

    public ExtraColumns {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    public static ExtraColumns of(Map<String, String> texts) {
        return texts == null || texts.isEmpty() ? NONE : new ExtraColumns(texts);
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** Whether every column's text is blank (nothing worth showing). */
    public boolean isBlank() {
        return texts.values().stream().allMatch(String::isBlank);
    }

    /** The stored form, or null when there are none. */
    public String encode() {
        if (texts.isEmpty()) {
            return null;
        }
        StringJoiner out = new StringJoiner(String.valueOf(RECORD));
        texts.forEach((header, text) -> out.add(header.replace(UNIT, ' ').replace(RECORD, ' ') + UNIT
                + text.replace(UNIT, ' ').replace(RECORD, ' ')));
        return out.toString();
    }

    /** Reads the stored form; null or empty is none. */
    public static ExtraColumns decode(String stored) {
        if (stored == null || stored.isEmpty()) {
            return NONE;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String column : stored.split(String.valueOf(RECORD), -1)) {
            int unit = column.indexOf(UNIT);
            texts.put(unit < 0 ? column : column.substring(0, unit), unit < 0 ? "" : column.substring(unit + 1));
        }
        return new ExtraColumns(texts);
    }

    /**
     * For people and for the registry's own workbooks: «Ответственный исполнитель»: Иванов И. И. — each column on
     * a line of its own starting with its header in guillemets (its text may go on over further lines); empty when
     * there are none. {@link #parseDisplay(String)} reads it back verbatim.
     */
    public String display() {
        StringJoiner out = new StringJoiner("\n");
        texts.forEach((header, text) -> out.add("«" + header + "»: " + text));
        return out.toString();
    }

    /** Reads the text {@link #display()} wrote; text that does not start with a header in guillemets is none. */
    public static ExtraColumns parseDisplay(String shown) {
        if (shown == null || shown.isBlank()) {
            return NONE;
        }
        Matcher m = DISPLAYED_HEADER.matcher(shown);
        Map<String, String> texts = new LinkedHashMap<>();
        String header = null;
        int textStart = 0;
        while (m.find()) {
            if (header != null) {
                texts.put(header, shown.substring(textStart, m.start() - 1));
            }
            header = m.group(1);
            textStart = m.end();
        }
        if (header != null) {
            texts.put(header, shown.substring(textStart));
        }
        return of(texts);
    }
}
