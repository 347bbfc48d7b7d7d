package ru.smolensk.registry.persistence.search;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Nouns whose forms the Snowball Russian stemmer splits over two lexemes, kept as one family so that a search for any
 * form finds every form, alike on both databases. «визит» gives «виз» (read as a verb), its other forms «визит»; but
 * «виз» is also the lexeme of «виза» (a visa), so the family's key is the lexeme of most forms («визит») and the odd
 * forms («визит») are named by their spelling: a document holds the key where a form of the family is written, a word
 * of the query is the key. Without a dictionary on the database server this is the application's own small list.
 */
public final class WordFamilies {

    /** The forms of each noun, the genitive singular second (its lexeme is the family's key). */
    private static final List<List<String>> NOUNS = List.of(List.of("визит", "визита", "визиту", "визитом", "визите",
            "визиты", "визитов", "визитам", "визитами", "визитах"));

    /** By the spelling of an odd form (lower case): its family. */
    private static final Map<String, Family> BY_ODD_FORM = new HashMap<>();
    /** By key. */
    private static final Map<String, Family> BY_KEY = new HashMap<>();

    static {
        for (List<String> forms : NOUNS) {
            String key = TextAnalysis.stemmed(forms.get(1));
            Map<String, String> odd = new LinkedHashMap<>();
            forms.stream().filter(form -> !key.equals(TextAnalysis.stemmed(form)))
                    .forEach(form -> odd.put(form, TextAnalysis.stemmed(form)));
            SortedSet<String> lexemes = new TreeSet<>(odd.values());
            lexemes.add(key);
            Family family = new Family(key, Map.copyOf(odd), Collections.unmodifiableSortedSet(lexemes));
            odd.keySet().forEach(form -> BY_ODD_FORM.put(form, family));
            BY_KEY.put(key, family);
        }
    }

    /**
     * A family: its key (the lexeme of most forms), its odd forms with their own lexemes (shared with other words, as
     * «виз» with «виза»), and the lexemes any form of the family has in a stored vector (the key and those of the odd
     * forms), computed once: a phrase search asks for them at every position it tries.
     */
    public record Family(String key, Map<String, String> oddForms, Set<String> lexemes) {
    }

    private WordFamilies() {
    }

    /** The family whose odd form this word is (any case), or null. */
    public static Family ofOddForm(String word) {
        return BY_ODD_FORM.get(word.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    }

    /** The family of this key lexeme, or null. */
    public static Family ofKey(String lexeme) {
        return lexeme == null ? null : BY_KEY.get(lexeme);
    }

    /**
     * The lexeme a word stands for in a search: the family's key for an odd form of a family, otherwise its own
     * lexeme (null for a stop word).
     */
    public static String searchLexeme(String word) {
        Family family = ofOddForm(word);
        return family != null ? family.key() : TextAnalysis.lexeme(word);
    }
}
