package ru.smolensk.registry.integration.office.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordTextMarkupTest {

    private static final String RUN = "<w:r><w:rPr><w:sz w:val=\"20\"/></w:rPr>";
    private static final String EMPTY = "<w:p><w:pPr><w:rPr><w:sz w:val=\"20\"/></w:rPr></w:pPr></w:p>";

    @Test
    void eachLineFeedStartsAParagraph() {
        assertEquals(paragraph("<w:t>а</w:t>") + paragraph("<w:t>б</w:t>") + EMPTY, markup("а\nб\n"));
        assertEquals(paragraph("<w:t>а</w:t>") + paragraph("<w:t>б</w:t>"), markup("а\r\nб"));
        assertEquals(EMPTY, markup(""));
        assertEquals(EMPTY, markup(null));
    }

    @Test
    void spacingIsPreservedWhereWordWouldLoseIt() {
        assertEquals(paragraph("<w:t xml:space=\"preserve\"> г. Смоленск </w:t>"), markup(" г. Смоленск "));
        assertEquals(paragraph("<w:t xml:space=\"preserve\">общественности  к</w:t>"),
                markup("общественности  к"));
        assertEquals(paragraph("<w:t>МО\u00a0«Шумячский»</w:t>"), markup("МО\u00a0«Шумячский»"));
    }

    @Test
    void tabsAndManualBreaksBecomeElements() {
        assertEquals(paragraph("<w:t>а</w:t><w:tab/><w:t>б</w:t>"), markup("а\tб"));
        assertEquals(paragraph("<w:tab/>"), markup("\t"));
        assertEquals(paragraph("<w:t>а</w:t><w:br/><w:t>б</w:t>"), markup("а\u000Bб"));
    }

    @Test
    void markupCharactersAreEscapedAndInvalidOnesDropped() {
        assertEquals(paragraph("<w:t>&lt;b&gt; &amp; «ООО»</w:t>"), markup("<b> & «ООО»"));
        assertEquals(paragraph("<w:t>ab</w:t>"), markup("a\u0001b\uFFFF"));
        assertEquals(paragraph("<w:t>\uD83D\uDE00</w:t>"), markup("\uD83D\uDE00\uD83D"));
    }

    private static String markup(String text) {
        StringBuilder out = new StringBuilder();
        WordTextMarkup.appendParagraphs(out, text, ParagraphFormat.CELL);
        return out.toString();
    }

    private static String paragraph(String content) {
        return "<w:p>" + RUN + content + "</w:r></w:p>";
    }
}
