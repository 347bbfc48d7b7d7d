package ru.smolensk.registry.domain.normalization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits cell text into sentences. Line breaks inside a sentence («между ⏎ОГАПОУ …») are joined;
 * a line that follows {@code . ; : ! ?} or starts with a bullet («- », «– », «1) ») starts a new
 * sentence. Inside a line, sentences end at {@code ;} and at {@code . ! ?} before a capital letter,
 * but not after initials («В.Н. Анохин») or abbreviations («г. Смоленск», «им. Глинки»).
 */
final class Sentences {

    /** One sentence, whitespace-normalized, and whether it is a bullet item. */
    record Sentence(String text, boolean bullet) {
    }

    private static final Pattern BULLET = Pattern.compile("^[\\s\\u00A0]*(?:[-–—•·*]|\\d{1,2}\\))[\\s\\u00A0]*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r?\\n");
    private static final Pattern END = Pattern.compile("(?=[;\\s])(?:;\\s*|(?<=[.!?])\\s+(?=[«\"(]?[\\p{Lu}\\d]))");
    private static final Set<String> ABBREVIATIONS = Set.of("им", "гг", "ул", "пос", "дер", "обл", "пр", "пл", "ст",
            "тыс", "руб", "млн", "млрд", "др", "проф", "акад", "ген", "св", "оз", "пр-т", "пр-д", "р-н", "стр", "кв",
            "корп", "тел", "гос", "просп", "мкр", "наб", "пер", "спец", "нар", "каф", "чел", "ред", "изд", "см");

    private Sentences() {
    }

    static List<Sentence> split(String cell) {
        List<Sentence> sentences = new ArrayList<>();
        for (Sentence segment : segments(TextHygiene.stripBookmarks(cell))) {
            boolean bullet = segment.bullet();
            String text = segment.text();
            Matcher m = END.matcher(text);
            int start = 0;
            while (m.find()) {
                if (text.charAt(m.start()) != ';' && afterAbbreviation(text, m.start())) {
                    continue;
                }
                add(sentences, text.substring(start, m.start()), bullet);
                bullet = false;
                start = m.end();
            }
            add(sentences, text.substring(start), bullet);
        }
        return sentences;
    }

    private static List<Sentence> segments(String cell) {
        List<Sentence> segments = new ArrayList<>();
        StringBuilder current = null;
        boolean bullet = false;
        for (String line : LINE_BREAK.split(cell)) {
            String normalized = TextHygiene.normalize(line);
            if (normalized.isEmpty()) {
                current = flush(segments, current, bullet);
                continue;
            }
            Matcher b = BULLET.matcher(line);
            boolean startsBullet = b.lookingAt();
            if (startsBullet) {
                normalized = TextHygiene.normalize(line.substring(b.end()));
            }
            if (current == null || startsBullet || endsSentence(current)) {
                current = flush(segments, current, bullet);
                current = new StringBuilder(normalized);
                bullet = startsBullet;
            } else {
                current.append(' ').append(normalized);
            }
        }
        flush(segments, current, bullet);
        return segments;
    }

    private static StringBuilder flush(List<Sentence> segments, StringBuilder current, boolean bullet) {
        if (current != null && current.length() > 0) {
            segments.add(new Sentence(current.toString(), bullet));
        }
        return null;
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == ';' || last == ':' || last == '!' || last == '?';
    }

    /** Whether the {@code .} just before {@code end} closes an initial or an abbreviation. */
    private static boolean afterAbbreviation(String text, int end) {
        int dot = end - 1;
        if (dot <= 0 || text.charAt(dot) != '.' || !Character.isLetter(text.charAt(dot - 1))) {
            return false;
        }
        int wordStart = dot - 1;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '-')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        return word.length() <= 1 || ABBREVIATIONS.contains(word);
    }

    private static void add(List<Sentence> sentences, String text, boolean bullet) {
        String s = text.trim();
        if (!s.isEmpty()) {
            sentences.add(new Sentence(s, bullet));
        }
    }
}
