package ru.smolensk.registry.persistence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A query with a word of a {@link WordFamilies family}, for PostgreSQL: the lexemes computed in Java (the same the
 * H2 search matches) written as a {@code tsquery} instead of {@code websearch_to_tsquery}, each family word as its
 * lexemes OR-ed; and, for a family word standing alone, the condition that tells its odd forms from the words sharing
 * their lexeme (the key in the stored vector, or the odd form's spelling in the text: «визит» but not «виза»). Inside
 * a phrase a family word matches any lexeme of the family, on both databases alike.
 *
 * @param tsQuery the whole query, for the stored vector (match and rank)
 * @param alone one per family word standing alone: its key and its odd forms' spellings, each as a {@code tsquery}
 */
public record FamilyQuery(String tsQuery, List<Alone> alone) {

    /** A family word standing alone: {@code vector @@ key or simple_vector(text) @@ spellings}. */
    public record Alone(String key, String spellings) {
    }

    public FamilyQuery {
        alone = List.copyOf(alone);
    }

    /** The query's {@code tsquery} and conditions; only for a query that {@link SearchQuery#hasFamily()}. */
    public static FamilyQuery of(SearchQuery query) {
        List<String> terms = new ArrayList<>();
        List<Alone> alone = new ArrayList<>();
        for (List<String> term : query.terms()) {
            if (term.size() == 1) {
                String lexeme = term.get(0);
                terms.add(alternatives(lexeme));
                WordFamilies.Family family = WordFamilies.ofKey(lexeme);
                if (family != null) {
                    alone.add(new Alone(quoted(family.key()), family.oddForms().keySet().stream()
                            .map(FamilyQuery::quoted).sorted().collect(Collectors.joining(" | "))));
                }
            } else {
                terms.add("(" + phrase(term) + ")");
            }
        }
        return new FamilyQuery(String.join(" & ", terms), alone);
    }

    /** The words of a phrase one after another; stop words inside it widen the distance, as PostgreSQL's do. */
    private static String phrase(List<String> term) {
        StringBuilder text = new StringBuilder(alternatives(term.get(0)));
        int distance = 1;
        for (int k = 1; k < term.size(); k++) {
            if (term.get(k) == null) {
                distance++;
                continue;
            }
            text.append(distance == 1 ? " <-> " : " <" + distance + "> ").append(alternatives(term.get(k)));
            distance = 1;
        }
        return text.toString();
    }

    private static String alternatives(String lexeme) {
        WordFamilies.Family family = WordFamilies.ofKey(lexeme);
        return family == null
                ? quoted(lexeme)
                : "(" + family.lexemes().stream().map(FamilyQuery::quoted).collect(Collectors.joining(" | ")) + ")";
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
