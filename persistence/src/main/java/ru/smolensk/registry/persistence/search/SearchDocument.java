package ru.smolensk.registry.persistence.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lexemes of an entry's searched columns with their positions, as PostgreSQL's stored vector keeps them: the
 * columns one after another (each column's positions moved past the last lexeme of those before, as the
 * {@code ||} of two vectors does), each with its weight (the name weighs most).
 */
public final class SearchDocument {

    /** The weights PostgreSQL's {@code ts_rank} gives by default to the labels A, B, C and D. */
    private static final double[] WEIGHTS = {1.0, 0.4, 0.2, 0.1};

    private final Map<String, int[]> positions = new HashMap<>();
    private final Map<String, Double> weights = new HashMap<>();

    /** A column's text and its weight label (0 = A … 3 = D). */
    public record Column(String text, int label) {
    }

    /** The document of the columns in order. */
    public static SearchDocument of(List<Column> columns) {
        SearchDocument document = new SearchDocument();
        int shift = 0;
        for (Column column : columns) {
            int last = 0;
            for (TextAnalysis.Token token : TextAnalysis.tokens(column.text())) {
                if (token.lexeme() != null) {
                    document.add(token.lexeme(), shift + token.position(), WEIGHTS[column.label()]);
                    WordFamilies.Family family = WordFamilies
                            .ofOddForm(column.text().substring(token.start(), token.end()));
                    if (family != null) {
                        // an odd form of a family also stands for the family's key (see WordFamilies)
                        document.add(family.key(), shift + token.position(), WEIGHTS[column.label()]);
                    }
                    last = token.position();
                }
            }
            shift += last;
        }
        return document;
    }

    private void add(String lexeme, int position, double weight) {
        int[] known = positions.get(lexeme);
        int[] more = known == null ? new int[1] : java.util.Arrays.copyOf(known, known.length + 1);
        more[more.length - 1] = position;
        positions.put(lexeme, more);
        weights.merge(lexeme, weight, Math::max);
    }

    /** Whether every word and phrase of the query is in the document. */
    public boolean matches(SearchQuery query) {
        for (List<String> term : query.terms()) {
            if (!has(term)) {
                return false;
            }
        }
        return true;
    }

    /**
     * How well the document matches: the sum over the query's words and phrases of the highest weight of a
     * column they are in (a simpler measure than {@code ts_rank}, ordering alike: words in the name first).
     */
    public double rank(SearchQuery query) {
        double rank = 0;
        for (List<String> term : query.terms()) {
            if (has(term)) {
                rank += term.stream().filter(l -> l != null).mapToDouble(l -> weights.getOrDefault(l, 0.0)).max()
                        .orElse(0);
            }
        }
        return rank;
    }

    private boolean has(List<String> term) {
        if (term.size() == 1) {
            return positions.containsKey(term.get(0));
        }
        for (String lexeme : inPhrase(term.get(0))) {
            int[] firsts = positions.get(lexeme);
            if (firsts != null) {
                for (int first : firsts) {
                    if (followedBy(term, first)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean followedBy(List<String> term, int first) {
        for (int k = 1; k < term.size(); k++) {
            String lexeme = term.get(k);
            int at = first + k;
            if (lexeme != null && inPhrase(lexeme).stream().noneMatch(l -> contains(positions.get(l), at))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lexemes a word of a phrase matches: a family's key any lexeme of the family (as PostgreSQL's phrase
     * query, which cannot tell the odd forms' spelling; see {@link FamilyQuery}), another lexeme itself.
     */
    private static Set<String> inPhrase(String lexeme) {
        WordFamilies.Family family = WordFamilies.ofKey(lexeme);
        return family == null ? Set.of(lexeme) : family.lexemes();
    }

    private static boolean contains(int[] values, int value) {
        if (values != null) {
            for (int v : values) {
                if (v == value) {
                    return true;
                }
            }
        }
        return false;
    }
}
