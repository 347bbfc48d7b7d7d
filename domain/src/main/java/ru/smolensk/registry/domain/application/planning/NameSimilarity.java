package ru.smolensk.registry.domain.application.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two event names are, from 0 to 1: the Dice coefficient of their significant words. Quotes,
 * punctuation, edition numerals («XIX», «XХIV» with a Cyrillic Х, «25-й»), years and short function words are
 * ignored, and words are compared by their first five letters, so that «конкурса» and «конкурс» match.
 */
public final class NameSimilarity {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern ROMAN = Pattern.compile("[ivxlcхі]+");
    private static final Pattern NUMBER = Pattern.compile("\\d+(-?[а-я]{1,3})?");
    private static final Set<String> FUNCTION_WORDS = Set.of("в", "во", "на", "и", "с", "со", "по", "для", "к", "о",
            "об", "от", "из", "за", "до", "при", "года", "год", "г", "гг");
    private static final int STEM = 5;

    private NameSimilarity() {
    }

    public static double of(String a, String b) {
        Set<String> first = words(a);
        Set<String> second = words(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(first);
        common.retainAll(second);
        return 2.0 * common.size() / (first.size() + second.size());
    }

    /** The significant words of a name, stemmed. */
    static Set<String> words(String name) {
        return new HashSet<>(stems(name));
    }

    /** The significant words of a name, stemmed, in the order of the name (repeats kept). */
    public static List<String> stems(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        for (String word : NOT_WORD.split(name.toLowerCase(Locale.ROOT).replace('ё', 'е'))) {
            if (word.isEmpty() || FUNCTION_WORDS.contains(word) || ROMAN.matcher(word).matches()
                    || NUMBER.matcher(word).matches()) {
                continue;
            }
            words.add(word.length() > STEM ? word.substring(0, STEM) : word);
        }
        return words;
    }
}
