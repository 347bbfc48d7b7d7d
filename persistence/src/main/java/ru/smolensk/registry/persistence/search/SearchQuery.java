package ru.smolensk.registry.persistence.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A full-text query as a user types it: words (all must match, in any form) and phrases in quotes ("…" or «…»:
 * the words one after another). {@link #webSearch()} is the same query cleaned for PostgreSQL's
 * {@code websearch_to_tsquery('russian', …)} (only words, spaces and quotes, no operators), and {@link #terms()}
 * its lexemes, read in the same way, for matching in Java.
 *
 * @param webSearch the cleaned query, empty when it has no word that is not a stop word
 * @param terms one list per word or phrase: the lexemes of a phrase at consecutive positions (null for a stop word
 *     inside it)
 */
public record SearchQuery(String webSearch, List<List<String>> terms) {

    public SearchQuery {
        terms = terms.stream().map(term -> java.util.Collections.unmodifiableList(new ArrayList<>(term))).toList();
    }

    /** Reads a query; blank or null gives an empty one. */
    public static SearchQuery parse(String text) {
        List<String> parts = new ArrayList<>();
        List<List<String>> terms = new ArrayList<>();
        if (text == null) {
            return new SearchQuery("", terms);
        }
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '«') {
                int close = closing(text, i + 1, c == '"' ? '"' : '»');
                phrase(text.substring(i + 1, close), parts, terms);
                i = close + 1;
            } else {
                int open = opening(text, i);
                words(text.substring(i, open), parts, terms);
                i = open;
            }
        }
        return new SearchQuery(String.join(" ", parts), terms);
    }

    /** Whether a word of the query belongs to a family of {@link WordFamilies} (its forms have two lexemes). */
    public boolean hasFamily() {
        return lexemes().stream().anyMatch(lexeme -> WordFamilies.ofKey(lexeme) != null);
    }

    /** Whether the query has no word to look for (blank or only stop words): no text condition. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Every lexeme of the query. */
    public Set<String> lexemes() {
        Set<String> lexemes = new HashSet<>();
        terms.forEach(term -> term.stream().filter(l -> l != null).forEach(lexemes::add));
        return lexemes;
    }

    private static void words(String segment, List<String> parts, List<List<String>> terms) {
        for (String word : plainWords(segment)) {
            String lexeme = WordFamilies.searchLexeme(word);
            if (lexeme != null) {
                // a signed number in quotes, which websearch_to_tsquery would otherwise read as «not»
                parts.add(word.startsWith("-") ? "\"" + word + "\"" : word);
                terms.add(List.of(lexeme));
            }
        }
    }

    private static void phrase(String segment, List<String> parts, List<List<String>> terms) {
        List<String> words = plainWords(segment);
        List<String> lexemes = new ArrayList<>();
        words.forEach(word -> lexemes.add(WordFamilies.searchLexeme(word)));
        int first = 0;
        int last = lexemes.size() - 1;
        while (first <= last && lexemes.get(first) == null) {
            first++;
        }
        while (last >= first && lexemes.get(last) == null) {
            last--;
        }
        if (first > last) {
            return;
        }
        parts.add("\"" + String.join(" ", words.subList(first, last + 1)) + "\"");
        terms.add(lexemes.subList(first, last + 1));
    }

    /**
     * The words of a segment as single words: the parts of hyphenated words, without the operator {@code or} of
     * {@code websearch_to_tsquery}.
     */
    private static List<String> plainWords(String segment) {
        List<String> words = new ArrayList<>();
        for (TextAnalysis.Token token : TextAnalysis.tokens(segment)) {
            String word = segment.substring(token.start(), token.end());
            if (!token.compound() && !"or".equals(word.toLowerCase(Locale.ROOT))) {
                words.add(word);
            }
        }
        return words;
    }

    private static int closing(String text, int from, char quote) {
        int close = text.indexOf(quote, from);
        return close < 0 ? text.length() : close;
    }

    private static int opening(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '"' || text.charAt(i) == '«') {
                return i;
            }
        }
        return text.length();
    }
}
