package ru.smolensk.registry.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordFamiliesTest {

    @Test
    void everyFormOfVisitStandsForOneLexemeAndAVisaDoesNot() {
        for (String form : List.of("визит", "Визита", "визиту", "визитом", "визите", "визиты", "визитов")) {
            assertEquals("визит", WordFamilies.searchLexeme(form), form);
        }
        assertEquals("виз", WordFamilies.searchLexeme("виза"));
        assertEquals("виз", TextAnalysis.lexeme("визит"));
    }

    @Test
    void aDocumentWithTheOddFormIsFoundByEveryFormButOneWithAVisaIsNot() {
        SearchDocument visit = SearchDocument.of(List.of(new SearchDocument.Column("Официальный визит", 0)));
        SearchDocument visa = SearchDocument.of(List.of(new SearchDocument.Column("Оформление визы", 0)));
        assertTrue(visit.matches(SearchQuery.parse("визита")));
        assertTrue(visit.matches(SearchQuery.parse("\"официального визитом\"")));
        assertFalse(visa.matches(SearchQuery.parse("визита")));
        assertFalse(visa.matches(SearchQuery.parse("визит")));
        assertTrue(visa.matches(SearchQuery.parse("виза")));
    }

    @Test
    void thePostgresqlQueryOrsTheLexemesAndNamesTheOddSpellings() {
        FamilyQuery query = FamilyQuery.of(SearchQuery.parse("визита \"участие в визите\" губернатор"));
        assertEquals("('виз' | 'визит') & ('участ' <2> ('виз' | 'визит')) & 'губернатор'", query.tsQuery());
        assertEquals(List.of(new FamilyQuery.Alone("'визит'", "'визит' | 'визите'")), query.alone());
        assertFalse(SearchQuery.parse("фестиваль").hasFamily());
        assertTrue(SearchQuery.parse("визитом").hasFamily());
    }

    @Test
    void theHighlighterMarksEveryFormOfTheFamily() {
        StemmingHighlighter highlighter = new StemmingHighlighter();
        assertEquals(1, highlighter.matches("визита", "Официальный визит").size());
        assertEquals(0, highlighter.matches("визита", "Оформление визы").size());
        assertEquals(1, highlighter.matches("виза", "Официальный визит").size());
    }
}
