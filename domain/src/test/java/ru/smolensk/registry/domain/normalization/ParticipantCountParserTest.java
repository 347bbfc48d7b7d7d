package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.smolensk.registry.domain.model.event.CountQualifier;
import ru.smolensk.registry.domain.model.event.CountScope;

class ParticipantCountParserTest {

    private final ParticipantCountParser parser = new ParticipantCountParser();

    static Stream<Arguments> fixtureParticipants() {
        return FixtureResource.lines("fixture-participants.tsv").stream()
                .map(f -> Arguments.of(f[0], FixtureResource.decode(f[1]), f[2], f[3], f[4], f[5], f[6]));
    }

    @Test
    void theResourceCoversEveryDistinctParticipantsCellOfTheFixtures() {
        List<String[]> lines = FixtureResource.lines("fixture-participants.tsv");
        assertEquals(218, lines.size());
        assertEquals(252, lines.stream().mapToInt(f -> f[0].split(",").length).sum());
        assertEquals(96, lines.stream().filter(f -> !"-".equals(f[2])).count(), "cells with a count");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtureParticipants")
    void readsEveryParticipantsCellOfTheFixtures(String rows, String raw, String value, String max, String qualifier,
            String scope, String matchedText) {
        Optional<ParticipantCount> count = parser.parse(raw);

        if ("-".equals(value)) {
            assertEquals(Optional.empty(), count);
            return;
        }
        assertTrue(count.isPresent(), FixtureResource.show(raw));
        ParticipantCount c = count.get();
        assertEquals(Integer.valueOf(value), c.value());
        assertEquals("-".equals(max) ? null : Integer.valueOf(max), c.max());
        assertEquals(CountQualifier.valueOf(qualifier), c.qualifier());
        assertEquals(CountScope.valueOf(scope), c.scope());
        assertEquals(matchedText, c.matchedText());
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvFileSource(resources = "participant-forms.csv", delimiter = '|', nullValues = "-")
    void readsTheSurfaceFormsOfTheNotes(String raw, int value, Integer max, CountQualifier qualifier, CountScope scope,
            String matchedText) {
        ParticipantCount count = parser.parse(FixtureResource.decode(raw)).orElseThrow();

        assertEquals(value, count.value());
        assertEquals(max, count.max());
        assertEquals(qualifier, count.qualifier());
        assertEquals(scope, count.scope());
        assertEquals(matchedText, count.matchedText());
    }

    @Test
    void prefersTheLabelledTotalOverSubgroups() {
        ParticipantCount count = parser.parse("Представители ОГБПОУ «Смоленский педагогический колледж» (11 человек: "
                + "4 преподавателя, 7 обучающихся).\nОбщее количество участников – 60 человек, из них 10 педагогов")
                .orElseThrow();

        assertEquals(60, count.value());
        assertEquals(CountScope.EVENT, count.scope());
    }

    @Test
    void prefersSubgroupsOverADelegationSuffix() {
        ParticipantCount count = parser.parse("Хор «Ивушка» МБУ «ГЦД» (12 человек), ансамбль «Каприз» "
                + "г. Десногорска – 76 человек").orElseThrow();

        assertEquals(12, count.value());
        assertEquals(CountScope.ORGANISATION, count.scope());
    }

    @Test
    void aDashSuffixAfterTheTownsRepresentativesIsADelegation() {
        ParticipantCount count = parser.parse("В фестивале участвовали такие страны как: Россия, Беларусь. Город "
                + "Десногорск представили народные самодеятельные коллективы: хор «Ивушка» МБУ «ГЦД» \nг. Десногорска"
                + " – 76 человек").orElseThrow();

        assertEquals(76, count.value());
        assertEquals(CountScope.DELEGATION, count.scope());
        assertEquals("– 76 человек", count.matchedText());
    }

    @Test
    void groupsByCitizenshipAddUp() {
        ParticipantCount count = parser.parse("Граждане Российской Федерации (7 человек),\nиностранные граждане \n"
                + "(16 человек)").orElseThrow();

        assertEquals(23, count.value());
        assertEquals(CountScope.EVENT, count.scope());
        assertEquals(CountQualifier.EXACT, count.qualifier());
    }

    @ParameterizedTest(name = "«{0}»")
    @NullAndEmptySource
    @ValueSource(strings = {"Представители из 12 городов России", "На конкурс поступило 267 творческих работ",
            "Представители в возрасте от 18 до 35 лет", "команды девочек и мальчиков 2013 г.р. и моложе",
            "В мероприятиях Слета 9 июня 2025 года приняли участие официальные лица", "Делегация Смоленской области",
            "делегации из более чем 30 стран", "  \n "})
    void findsNoCountWithoutPeople(String raw) {
        assertEquals(Optional.empty(), parser.parse(raw));
    }
}
