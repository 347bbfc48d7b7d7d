package ru.smolensk.registry.integration.office.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the Word and Excel readers. All patterns are compiled once. */
final class OfficeText {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    private static final String BOOKMARK_START = "[bookmark: ";
    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F]*";
    private static final Pattern ROW_NUMBER = Pattern.compile(SPACE + "(\\d{1,6})" + SPACE + "[.)]?" + SPACE);
    private static final int SNIPPET_LENGTH = 60;

    private OfficeText() {
    }

    /** Whether the text contains a literal {@code [bookmark: …]} marker left by a text rendering. */
    static boolean hasBookmark(String text) {
        return text.contains(BOOKMARK_START);
    }

    /** The text without literal {@code [bookmark: …]} markers. */
    static String stripBookmarks(String text) {
        return hasBookmark(text) ? BOOKMARK.matcher(text).replaceAll("") : text;
    }

    /** Whitespace in the wide sense: also no-break and other Unicode spaces. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Whether the text is empty or consists of whitespace (no-break spaces included) only. */
    static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text with every run of whitespace (no-break spaces, tabs, line breaks) replaced by one space, trimmed. */
    static String normalizeSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The text without leading and trailing whitespace in the wide sense. */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** A matching key: bookmarks removed, whitespace normalised, lower case, «ё» folded to «е». */
    static String key(String text) {
        return normalizeSpace(stripBookmarks(text)).toLowerCase(RUSSIAN).replace('ё', 'е');
    }

    /** Whether the cell text is a row number such as {@code 1. }, {@code 43.} or {@code 12}. */
    static boolean isRowNumber(String text) {
        return text.length() <= 16 && ROW_NUMBER.matcher(text).matches();
    }

    /** The value of a row number, or -1 when the text is not one. */
    static int rowNumberValue(String text) {
        if (text.length() > 16) {
            return -1;
        }
        Matcher m = ROW_NUMBER.matcher(text);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The beginning of a text on one line, for messages. */
    static String snippet(String text) {
        String line = normalizeSpace(text);
        return line.length() <= SNIPPET_LENGTH ? line : line.substring(0, SNIPPET_LENGTH) + "…";
    }
}
