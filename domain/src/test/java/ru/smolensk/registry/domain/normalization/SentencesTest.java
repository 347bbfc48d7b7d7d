package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String cell) {
        return Sentences.split(cell).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void doesNotSplitAfterInitialsOrAbbreviations() {
        assertEquals(List.of("Губернатор Смоленской области В.Н. Анохин посетил г. Смоленск и им. А.Т. Твардовского "
                + "библиотеку.", "Встреча прошла успешно."),
                texts("Губернатор Смоленской области В.Н. Анохин посетил г. Смоленск и им. А.Т. Твардовского "
                        + "библиотеку. Встреча прошла успешно."));
    }

    @Test
    void splitsAfterAClosingQuoteAndOnSemicolons() {
        assertEquals(List.of("холдингом «Марко».", "Документ предусматривает сотрудничество", "второе"),
                texts("холдингом «Марко». Документ предусматривает сотрудничество; второе"));
    }

    @Test
    void joinsBrokenLinesAndSeparatesBullets() {
        List<Sentences.Sentence> sentences = Sentences.split("Заключены следующие документы:\n–\u00A0Соглашение между"
                + " \nА и Б;\n- План\n1) Протокол");

        assertEquals(List.of(new Sentences.Sentence("Заключены следующие документы:", false),
                new Sentences.Sentence("Соглашение между А и Б", true), new Sentences.Sentence("План", true),
                new Sentences.Sentence("Протокол", true)), sentences);
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.of(), Sentences.split(null));
        assertEquals(List.of(), Sentences.split("\n \n"));
    }
}
