package ru.smolensk.registry.domain.normalization;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text clean-up for <em>matching</em> only: the stored cell text is never changed. Removes Word
 * bookmark markers, turns no-break spaces into spaces and non-breaking hyphens into hyphens,
 * collapses whitespace, folds Roman numerals typed with Cyrillic letters and Latin look-alike
 * letters inside Cyrillic words, and builds {@linkplain #matchKey(String) matching keys} for names.
 */
public final class TextHygiene {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2028\\u2029]+");
    private static final String INVISIBLE = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    private static final Pattern ANY_DASH = Pattern
            .compile("\\s*[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015\\u2212\\uFE63\\uFF0D]\\s*");
    private static final Pattern QUOTES = Pattern.compile("[«»\"“”„‟″]");
    /** A run of Roman digits, Cyrillic Х (U+0425) and І (U+0406) not glued to letters, digits or a dot. */
    private static final Pattern ROMAN_TOKEN = Pattern.compile(
            "(?=[IVXLCDMХІ])(?<![\\p{L}\\p{N}.])[IVXLCDMХІ]+(?![\\p{L}\\p{N}])");

    private static final String LATIN_LOOKALIKES = "ABCEHKMOPTXYaceopxyiI";
    private static final String CYRILLIC_LOOKALIKES = "АВСЕНКМОРТХУасеорхуіІ";

    private TextHygiene() {
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Removes Word bookmark markers such as {@code [bookmark: _GoBack]}. */
    public static String stripBookmarks(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf("[bookmark: ") < 0 ? text : BOOKMARK.matcher(text).replaceAll("");
    }

    /** Whether the text contains a Word bookmark marker. */
    public static boolean hasBookmark(String text) {
        return text != null && BOOKMARK.matcher(text).find();
    }

    /**
     * Strips bookmarks and invisible characters, maps no-break spaces (U+00A0, U+202F, U+2007) to
     * spaces and the hyphens U+2010/U+2011 to {@code -}, collapses all whitespace including line
     * breaks and tabs to single spaces and trims. {@code null} becomes the empty string.
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = stripBookmarks(text);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (INVISIBLE.indexOf(c) >= 0) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c == '\u2010' || c == '\u2011' ? '-' : c);
        }
        return out.toString();
    }

    /**
     * Maps Cyrillic Х (U+0425) to Latin X and Cyrillic І (U+0406) to Latin I, but only inside tokens
     * that then form a valid Roman numeral («ХХІ» → «XXI», «Х Международный» → «X Международный»).
     * Initials such as «В.Х.» are left alone.
     */
    public static String foldRomanNumerals(String text) {
        if (text == null || text.indexOf('Х') < 0 && text.indexOf('І') < 0) {
            return text == null ? "" : text;
        }
        Matcher m = ROMAN_TOKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String token = m.group();
            String folded = token.replace('Х', 'X').replace('І', 'I');
            boolean initial = token.length() == 1 && m.end() < text.length() && text.charAt(m.end()) == '.';
            if (folded.equals(token) || initial || !RomanNumerals.isValid(folded)) {
                m.appendReplacement(out, Matcher.quoteReplacement(token));
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(folded));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Folds look-alike letters in words that mix Latin and Cyrillic: «Cоюзное» with a Latin C becomes
     * «Союзное», «Kоблик» becomes «Коблик». A word is folded towards the script whose letters have no
     * look-alike in the other script; a word where both scripts have such letters (the brand
     * «ROSSиЯ») and Roman numerals («ХХI») are left as they are.
     */
    public static String foldHomoglyphs(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean latin = false;
            boolean cyrillic = false;
            while (i < n && Character.isLetter(text.charAt(i))) {
                char c = text.charAt(i);
                latin |= isLatin(c);
                cyrillic |= isCyrillic(c);
                i++;
            }
            if (!latin || !cyrillic) {
                continue;
            }
            String word = text.substring(start, i);
            String folded = foldWord(word);
            if (!folded.equals(word)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.replace(start, i, folded);
            }
        }
        return out == null ? text : out.toString();
    }

    private static String foldWord(String word) {
        int latin = 0;
        int cyrillic = 0;
        boolean latinFoldable = true;
        boolean cyrillicFoldable = true;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (isLatin(c)) {
                latin++;
                latinFoldable &= LATIN_LOOKALIKES.indexOf(c) >= 0;
            } else if (isCyrillic(c)) {
                cyrillic++;
                cyrillicFoldable &= CYRILLIC_LOOKALIKES.indexOf(c) >= 0;
            }
        }
        if (latin == 0 || cyrillic == 0 || isRomanNumeral(word)) {
            return word;
        }
        boolean toCyrillic;
        if (latinFoldable && cyrillicFoldable) {
            toCyrillic = cyrillic >= latin;
        } else if (latinFoldable) {
            toCyrillic = true;
        } else if (cyrillicFoldable) {
            toCyrillic = false;
        } else {
            return word;
        }
        String from = toCyrillic ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        String to = toCyrillic ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
        StringBuilder sb = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            int idx = from.indexOf(c);
            sb.append(idx >= 0 ? to.charAt(idx) : c);
        }
        return sb.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 && Character.isLetter(c);
    }

    private static boolean isCyrillic(char c) {
        return c >= 0x0400 && c <= 0x052F;
    }

    private static boolean isRomanNumeral(String word) {
        return RomanNumerals.isValid(word.replace('Х', 'X').replace('І', 'I'));
    }

    /**
     * A key for comparing names: {@linkplain #normalize(String) normalized}, Roman numerals and
     * homoglyphs folded, lower case, «ё» → «е», double quotes of every kind removed, all hyphens and
     * dashes turned into a bare {@code -} (spaces around them dropped), whitespace collapsed.
     */
    public static String matchKey(String text) {
        String s = foldHomoglyphs(foldRomanNumerals(normalize(text)));
        s = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = QUOTES.matcher(s).replaceAll("");
        s = ANY_DASH.matcher(s).replaceAll("-");
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }
}
