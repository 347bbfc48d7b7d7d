package ru.smolensk.registry.persistence.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The words of a text as PostgreSQL's {@code to_tsvector('russian', text)} counts them: runs of letters and digits
 * (numbers with dots such as dates kept whole; a number in scientific notation read apart from letters after it,
 * «5e974ba7» as 5e974 and ba7; a hyphen just before a number read as its sign; words joined by
 * hyphens as the whole word followed by its parts, as its parser does), each at its position, with its lexeme: Latin words stemmed by the Snowball English stemmer,
 * other words by the Snowball Russian one (which also reads «ё» as «е»), words with digits kept as they are, stop
 * words (PostgreSQL's {@code russian.stop} and {@code english.stop}) counted but without a lexeme.
 */
public final class TextAnalysis {

    private static final Set<String> RUSSIAN_STOP = stopWords("russian.stop");
    private static final Set<String> ENGLISH_STOP = stopWords("english.stop");
    private static final ThreadLocal<SnowballStemmer> RUSSIAN = ThreadLocal.withInitial(RussianStemmer::new);
    private static final ThreadLocal<SnowballStemmer> ENGLISH = ThreadLocal.withInitial(EnglishStemmer::new);

    /**
     * A word of a text: {@code text.substring(start, end)} at its position (from 1), with its lexeme, null for a
     * stop word. {@code compound} marks the whole of a hyphenated word, whose parts follow it.
     */
    public record Token(int start, int end, int position, String lexeme, boolean compound) {
    }

    private TextAnalysis() {
    }

    /** The words of the text in order; none for null. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int position = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            int end = run(text, i);
            if (digitsOnly(text, start, end)) {
                int dots = 0;
                while (end + 1 < n && text.charAt(end) == '.' && Character.isDigit(text.charAt(end + 1))
                        && digitsOnly(text, end + 1, run(text, end + 1))) {
                    end = run(text, end + 1);
                    dots++;
                }
                // a hyphen just before a number (not a version such as 1.2.3) is its sign, whatever precedes it:
                // «Выгрузка-123456» is the word and -123456, «2024-2025» is 2024 and -2025
                if (start > 0 && text.charAt(start - 1) == '-' && dots < 2) {
                    start--;
                }
                tokens.add(new Token(start, end, ++position, lexeme(text.substring(start, end)), false));
                i = end;
                continue;
            }
            int number = scientificNumber(text, start, end);
            if (number < end) {
                // «5e974ba7»: PostgreSQL's parser reads a number in scientific notation (5e974) and then the rest
                tokens.add(new Token(start, number, ++position, lexeme(text.substring(start, number)), false));
                i = number;
                continue;
            }
            List<int[]> parts = new ArrayList<>();
            parts.add(new int[]{start, end});
            while (lettersOnly(text, parts.get(parts.size() - 1)[0], end) && end + 1 < n && text.charAt(end) == '-'
                    && Character.isLetter(text.charAt(end + 1)) && lettersOnly(text, end + 1, run(text, end + 1))) {
                int partEnd = run(text, end + 1);
                parts.add(new int[]{end + 1, partEnd});
                end = partEnd;
            }
            if (parts.size() > 1) {
                tokens.add(new Token(start, end, ++position, lexeme(text.substring(start, end)), true));
            }
            for (int[] part : parts) {
                tokens.add(new Token(part[0], part[1], ++position, lexeme(text.substring(part[0], part[1])), false));
            }
            i = end;
        }
        return tokens;
    }

    /** The lexeme of one word (letters, digits, hyphens or dots), null for a stop word. */
    public static String lexeme(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean letters = false;
        boolean digits = false;
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
            ascii &= c < 128;
        }
        if (digits || !letters) {
            return lower;
        }
        if (ascii) {
            return ENGLISH_STOP.contains(lower) ? null : stem(ENGLISH.get(), lower);
        }
        return RUSSIAN_STOP.contains(lower) ? null : stem(RUSSIAN.get(), lower);
    }

    /** The Russian Snowball stem of a lower-case word (not a stop word). */
    static String stemmed(String word) {
        return stem(RUSSIAN.get(), word);
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * The end of a number in scientific notation at the start of a run of letters and digits (digits, {@code e} or
     * {@code E}, digits), or the run's end when it does not start with one.
     */
    private static int scientificNumber(String text, int from, int to) {
        int i = digits(text, from, to);
        if (i == from || i + 1 >= to || Character.toLowerCase(text.charAt(i)) != 'e'
                || !Character.isDigit(text.charAt(i + 1))) {
            return to;
        }
        return digits(text, i + 1, to);
    }

    /** The end of the digits from {@code from} on, at most {@code to}. */
    private static int digits(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int run(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean digitsOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean lettersOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    private static Set<String> stopWords(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = TextAnalysis.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
