package ru.smolensk.registry.persistence.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import ru.smolensk.registry.domain.model.event.TextHighlighter;

/**
 * Marks the words whose lexeme is one of the query's, read by {@link TextAnalysis} as the search reads them (a
 * hyphenated word is marked whole when its whole lexeme matched, else the parts that did).
 */
@ApplicationScoped
public class StemmingHighlighter implements TextHighlighter {

    @Override
    public List<TextSpan> matches(String query, String text) {
        List<TextSpan> spans = new ArrayList<>();
        if (query == null || query.isBlank() || text == null || text.isEmpty()) {
            return spans;
        }
        Set<String> lexemes = SearchQuery.parse(query).lexemes();
        int covered = 0;
        for (TextAnalysis.Token token : TextAnalysis.tokens(text)) {
            if (token.start() >= covered && token.lexeme() != null
                    && (lexemes.contains(token.lexeme()) || lexemes
                            .contains(WordFamilies.searchLexeme(text.substring(token.start(), token.end()))))) {
                spans.add(new TextSpan(token.start(), token.end()));
                covered = token.end();
            }
        }
        return spans;
    }
}
