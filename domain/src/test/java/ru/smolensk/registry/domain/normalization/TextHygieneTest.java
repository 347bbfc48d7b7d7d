package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextHygieneTest {

    @Test
    void normalizeStripsBookmarksSpacesAndHyphens() {
        assertEquals("Отчет о мероприятиях", TextHygiene.normalize(" [bookmark: _GoBack]Отчет о мероприятиях"));
        assertEquals("г. Смоленск", TextHygiene.normalize("г.\u00A0Смоленск"));
        assertEquals("2026 года", TextHygiene.normalize("2026\u202Fгода"));
        assertEquals("мастер-классы Сьерра-Леоне", TextHygiene.normalize("мастер\u2011классы Сьерра\u2010Леоне"));
        assertEquals("в течение II полугодия 2026 года",
                TextHygiene.normalize("в течение                 II полугодия\n2026 года"));
        assertEquals("26 апреля 2025 года", TextHygiene.normalize("\t 26 апреля \n2025 года "));
        assertEquals("Общее количество – 21 участник",
                TextHygiene.normalize("Общее количество \u00A0–  21\u00A0участник"));
        assertEquals("", TextHygiene.normalize(null));
        assertEquals("", TextHygiene.normalize(" \n\t\u00A0"));
    }

    @Test
    void normalizeKeepsEnDashesAndQuotes() {
        assertEquals("«Смоляне – защитники Брестской крепости»",
                TextHygiene.normalize("«Смоляне\u00A0– защитники Брестской крепости»"));
    }

    @Test
    void bookmarksAreFoundAndStripped() {
        String line = "[bookmark: bookmark2]- Соглашение о сотрудничестве";

        assertTrue(TextHygiene.hasBookmark(line));
        assertEquals("- Соглашение о сотрудничестве", TextHygiene.stripBookmarks(line));
        assertFalse(TextHygiene.hasBookmark("г. Смоленск"));
        assertFalse(TextHygiene.hasBookmark(null));
        assertEquals("", TextHygiene.stripBookmarks(null));
    }

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(delimiter = '|', textBlock = """
            XХIV Международный фестиваль                 | XXIV Международный фестиваль
            ХХI век                                      | XXI век
            ХХIV Всероссийский конкурс                   | XXIV Всероссийский конкурс
            ХХХІ областной конкурс                       | XXXI областной конкурс
            Х Международный конкурс «ROSSиЯ.RU 2025»     | X Международный конкурс «ROSSиЯ.RU 2025»
            в 70 - 80 гг. ХХ века                        | в 70 - 80 гг. XX века
            Участие в Х областной патриотической акции   | Участие в X областной патриотической акции
            ГОУ «Гимназия № 41 г. Минска им. Серебряного В.Х.» | ГОУ «Гимназия № 41 г. Минска им. Серебряного В.Х.»
            Х. Иванов                                    | Х. Иванов
            ХХХХ                                         | ХХХХ
            Хор и ХЛ                                     | Хор и ХЛ
            IV квартал                                   | IV квартал
            (ХІХ век)                                    | (XIX век)
            """)
    void foldsRomanNumeralsOnly(String text, String expected) {
        assertEquals(expected, TextHygiene.foldRomanNumerals(text));
    }

    @ParameterizedTest(name = "«{0}» → «{1}»")
    @CsvSource(delimiter = '|', textBlock = """
            Cоюзное государство           | Союзное государство
            Kоблик                        | Коблик
            Па-сваякоўскi                 | Па-сваякоўскі
            компании Xstrikе LLC          | компании Xstrike LLC
            ROSSиЯ.RU                     | ROSSиЯ.RU
            ХХI век                       | ХХI век
            IT-отрасли, b2b встречи       | IT-отрасли, b2b встречи
            Союзное государство           | Союзное государство
            """)
    void foldsLookAlikeLettersInsideMixedWords(String text, String expected) {
        assertEquals(expected, TextHygiene.foldHomoglyphs(text));
    }

    @Test
    void homoglyphFoldingFixesTheLatinLetterOfTheFixtures() {
        String folded = TextHygiene.foldHomoglyphs("Cоюзное");

        assertEquals('С', folded.charAt(0));
        assertEquals(Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.of(folded.charAt(0)));
        assertEquals("", TextHygiene.foldHomoglyphs(null));
    }

    @ParameterizedTest(name = "«{0}» ~ «{1}»")
    @CsvSource(delimiter = '|', textBlock = """
            Гнёздово                                    | Гнездово
            «ЗдорОво живёшь»                            | "ЗдорОво живешь"
            фестиваль –конкурс                          | фестиваль-конкурс
            Концерт «Дружба  без Границ»                | концерт дружба без границ
            ІV Международный конкурс                    | IV международный конкурс
            Cоюзное государство                         | Союзное государство
            СОГБУ «Молодежный центр «Пушкинский»        | СОГБУ „Молодежный центр “Пушкинский”
            мастер‑классы                               | Мастер-классы
            «Поозерские Топотки»                        | Поозерские топотки
            """)
    void matchKeysOfVariantsAreEqual(String left, String right) {
        assertEquals(TextHygiene.matchKey(left), TextHygiene.matchKey(right));
    }

    @Test
    void matchKeyIsLowerCaseWithoutQuotesAndWithBareHyphens() {
        assertEquals("фестиваль-конкурс славянский хоровод",
                TextHygiene.matchKey("Фестиваль – конкурс\n«Славянский\u00A0хоровод»"));
        assertEquals("xxiv всероссийский конкурс", TextHygiene.matchKey("ХХIV Всероссийский конкурс"));
        assertEquals("", TextHygiene.matchKey(null));
    }

    @Test
    void matchKeysOfDifferentNamesDiffer() {
        assertNotEquals(TextHygiene.matchKey("Дожинки-2025"), TextHygiene.matchKey("Дажинки-2025"));
        assertNotEquals(TextHygiene.matchKey("Мстиславского района"), TextHygiene.matchKey("Мстиславльского района"));
    }
}
