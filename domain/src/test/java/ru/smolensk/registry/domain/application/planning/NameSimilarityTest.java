package ru.smolensk.registry.domain.application.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names of the same recurring event in different years match; different events do not. */
class NameSimilarityTest {

    /** From the customer's plan of 2026-H1 (город Смоленск). */
    private static final String EUREKA = "XIX открытая научно-практическая конференция научного общества учащихся"
            + " «Эврика»";
    private static final String MASTERPIECES = "XXI открытый театральный конкурс «Маленькие шедевры»";

    @Test
    void editionNumeralsQuotesAndYearsAreIgnored() {
        assertEquals(1.0, NameSimilarity.of(EUREKA, "XX открытая научно-практическая конференция научного общества"
                + " учащихся \"Эврика\""));
        assertEquals(1.0, NameSimilarity.of(MASTERPIECES, "XХIV открытый театральный конкурс «Маленькие шедевры»"
                + " 2027 года"));
        assertEquals(1.0, NameSimilarity.of("25-й фестиваль «Славянский венок»", "26-й фестиваль Славянский венок"));
    }

    @Test
    void aReportedNameInOtherWordsStillScoresAboveTheThreshold() {
        assertTrue(NameSimilarity.of(MASTERPIECES, "Проведение XXI открытого театрального конкурса «Маленькие"
                + " шедевры»") >= PlanLinkService.THRESHOLD / 0.7);
        assertTrue(NameSimilarity.of(EUREKA, "Участие в конференции научного общества учащихся «Эврика»") > 0.6);
    }

    @Test
    void differentEventsScoreLow() {
        assertTrue(NameSimilarity.of(EUREKA, MASTERPIECES) < 0.2);
        assertTrue(NameSimilarity.of(MASTERPIECES, "Визит делегации Республики Беларусь") < 0.2);
        assertEquals(0.0, NameSimilarity.of("", MASTERPIECES));
        assertEquals(0.0, NameSimilarity.of(null, MASTERPIECES));
    }
}
