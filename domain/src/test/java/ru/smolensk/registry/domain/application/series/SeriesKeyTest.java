package ru.smolensk.registry.domain.application.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class SeriesKeyTest {

    @Test
    void editionsYearsQuotesAndALeadingProcessWordDoNotChangeTheKey() {
        String plan = SeriesKey.of("XXI открытый театральный конкурс «Маленькие шедевры»");
        assertEquals(plan, SeriesKey.of("Проведение XXII открытого театрального конкурса \"Маленькие шедевры\""));
        assertEquals(plan, SeriesKey.of("XХIV открытый театральный конкурс «Маленькие шедевры» 2027 года"));
        assertEquals(SeriesKey.of("XIX открытая научно-практическая конференция научного общества учащихся «Эврика»"),
                SeriesKey.of("XX открытая научно-практическая конференция научного общества учащихся \"Эврика\""));
        assertEquals(SeriesKey.of("Фестиваль «Славянский венок – 2025»"), SeriesKey.of("Фестиваль «Славянский венок"
                + " – 2026»"));
        assertNotEquals(plan, SeriesKey.of("Театральный фестиваль «Маленькие шедевры»"));
    }

    @Test
    void readsTheEditionAtTheStartInLatinCyrillicOrDigits() {
        assertEquals(Optional.of(21), SeriesKey.edition("XXI открытый театральный конкурс"));
        assertEquals(Optional.of(24), SeriesKey.edition("XХIV фестиваль"), "a Cyrillic Х among Latin letters");
        assertEquals(Optional.of(22), SeriesKey.edition("Проведение XXII открытого конкурса"));
        assertEquals(Optional.of(25), SeriesKey.edition("25-й международный турнир"));
        assertEquals(Optional.empty(), SeriesKey.edition("Фестиваль «Эврика»"));
        assertEquals(Optional.empty(), SeriesKey.edition("2025 год культуры"));
    }

    @Test
    void onlyNamesThatLookRecurringAreGroupedAutomatically() {
        assertTrue(SeriesKey.looksRecurring("XXI открытый театральный конкурс"));
        assertTrue(SeriesKey.looksRecurring("Фестиваль «Славянский венок»"));
        assertTrue(SeriesKey.looksRecurring("Ярмарка ремесел 2026"));
        assertFalse(SeriesKey.looksRecurring("Визит делегации"));
        assertFalse(SeriesKey.looksRecurring("«Эврика»"), "one word is too little");
    }

    @Test
    void aTitleDropsTheEditionAndTheProcessWord() {
        assertEquals("Открытый театральный конкурс «Маленькие шедевры»",
                SeriesKey.title("XXI открытый театральный конкурс «Маленькие шедевры»"));
        assertEquals("Фестиваль «Эврика»", SeriesKey.title("фестиваль «Эврика»"));
    }
}
