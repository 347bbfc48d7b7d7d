package ru.smolensk.registry.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.TextHighlighter.TextSpan;

/** The words a query marks in a text: every form of the query's words, whole hyphenated words or their parts. */
class StemmingHighlighterTest {

    private final StemmingHighlighter highlighter = new StemmingHighlighter();

    @Test
    void marksEveryFormOfTheWords() {
        String text = "Участие в фестивале «Славянский базар», фестиваль прошел в Витебске";
        assertEquals(List.of("фестивале", "фестиваль", "Витебске"), marked("Фестиваля витебск", text));
    }

    @Test
    void marksTheWordsOfAPhraseAndThePartsOfHyphenatedWords() {
        assertEquals(List.of("Минск"), marked("\"минске\"", "Смоленск-Минск"));
        assertEquals(List.of("фестиваль", "конкурс"), marked("фестиваль-конкурс", "фестиваль-конкурс чтецов"));
    }

    @Test
    void marksNothingForStopWordsOrBlankQueries() {
        assertEquals(List.of(), marked("в и на", "Участие в фестивале"));
        assertEquals(List.of(), marked(" ", "Участие в фестивале"));
        assertEquals(List.of(), highlighter.matches("фестиваль", null));
    }

    private List<String> marked(String query, String text) {
        return highlighter.matches(query, text).stream().map((TextSpan s) -> text.substring(s.start(), s.end()))
                .toList();
    }
}
