package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceParserTest {

    private final PlaceParser parser = new PlaceParser();

    static Stream<Arguments> fixturePlaces() {
        return FixtureResource.lines("fixture-places.tsv").stream()
                .map(f -> Arguments.of(f[0], FixtureResource.decode(f[1]), f[2]));
    }

    @Test
    void theResourceCoversEveryDistinctPlaceCellOfTheFixtures() {
        List<String[]> lines = FixtureResource.lines("fixture-places.tsv");
        assertEquals(149, lines.size());
        assertEquals(252, lines.stream().mapToInt(f -> f[0].split(",").length).sum());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixturePlaces")
    void readsEveryPlaceCellOfTheFixtures(String rows, String raw, String expected) {
        List<ParsedPlace> places = parser.parse(raw);

        assertEquals(expected, render(places), FixtureResource.show(raw));
        assertTrue(places.stream().allMatch(p -> !p.raw().isBlank() && raw.contains(p.raw())),
                "every place keeps a verbatim fragment of the cell");
    }

    private static String render(List<ParsedPlace> places) {
        return String.join(" ;; ", places.stream().map(p -> field(p.locality()) + "|" + field(p.region()) + "|"
                + field(p.countryCode()) + "|" + (p.remote() ? "remote" : "-")).toList());
    }

    private static String field(String value) {
        return value == null ? "-" : value;
    }

    @Test
    void splitsTwoTownsOfOneLine() {
        List<ParsedPlace> places = parser.parse("г.\u00A0Минск,\nг.\u00A0Смоленск");

        assertEquals(2, places.size());
        assertEquals(new ParsedPlace("г.\u00A0Минск", "Минск", null, "BY", false), places.get(0));
        assertEquals(new ParsedPlace("г.\u00A0Смоленск", "Смоленск", "Смоленская область", "RU", false),
                places.get(1));
    }

    @Test
    void keepsAVenueWithTheTownAfterIt() {
        List<ParsedPlace> places = parser.parse("Городской парк «Озеро истории»,\nг. Рудня,\nСмоленская область");

        assertEquals(1, places.size());
        assertEquals("Рудня", places.get(0).locality());
        assertEquals("Городской парк «Озеро истории»,\nг. Рудня,\nСмоленская область", places.get(0).raw());
    }

    @Test
    void splitsOnSemicolonsAndBlankLinesAndSpreadsTheRemoteNote() {
        List<ParsedPlace> places = parser.parse("пос. Кардымово,\nСмоленская область;\n\nг. Витебск\n"
                + "Республика Беларусь\n\n(в дистанционном формате)");

        assertEquals(List.of(new ParsedPlace("пос. Кардымово,\nСмоленская область", "Кардымово", "Смоленская область",
                "RU", true), new ParsedPlace("г. Витебск\nРеспублика Беларусь", "Витебск", null, "BY", true)), places);
    }

    @Test
    void aRemoteNoteOnItsOwnLineAppliesToTheWholeCell() {
        List<ParsedPlace> places = parser.parse("г.\u00A0Смоленск/ г.\u00A0Крагуевац\n(в дистанционном формате)");

        assertEquals(2, places.size());
        assertEquals("RS", places.get(1).countryCode());
        assertTrue(places.stream().allMatch(ParsedPlace::remote));
    }

    @Test
    void aRemoteNoteInsideALineOnlyConcernsItsPlace() {
        List<ParsedPlace> places = parser.parse("г. Смоленск; г. Минск (в дистанционном формате)");

        assertFalse(places.get(0).remote());
        assertTrue(places.get(1).remote());
    }

    @ParameterizedTest(name = "«{0}»")
    @CsvFileSource(resources = "place-forms.csv", delimiter = '|', nullValues = "-")
    void findsLocalityRegionAndCountry(String raw, String locality, String region, String country) {
        List<ParsedPlace> places = parser.parse(raw);

        assertEquals(1, places.size(), () -> places.toString());
        ParsedPlace place = places.get(0);
        assertEquals(locality, place.locality());
        assertEquals(region, place.region());
        assertEquals(country, place.countryCode());
        assertFalse(place.remote());
        assertTrue(place.isRecognised());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"в дистанционном формате", "(в дистанционном формате)", "онлайн",
            "Сайт ОГБУК «Смоленский государственный музей-заповедник»", "https://smolmuseum.ru/virtual/tour"})
    void remoteOnlyCellsGiveOneRemotePlace(String raw) {
        List<ParsedPlace> places = parser.parse(raw);

        assertEquals(1, places.size());
        assertTrue(places.get(0).remote());
        assertEquals(raw, places.get(0).raw());
        assertEquals(null, places.get(0).countryCode());
    }

    @Test
    void aUrlIsNotSplitOnItsSlashes() {
        List<ParsedPlace> places = parser.parse("г. Смоленск, трансляция на https://smolensk.ru/live/2026");

        assertEquals(1, places.size());
        assertEquals("Смоленск", places.get(0).locality());
        assertTrue(places.get(0).remote());
    }

    @Test
    void aMixedFormatIsNotRemote() {
        List<ParsedPlace> places = parser.parse("г. Смоленск,\nдистанционно-очная выставка в СОГБУ ДО «Центр»");

        assertFalse(places.get(0).remote());
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"по согласованию сторон", "По факту приглашения", "место проведения уточняется"})
    void keepsUnrecognisedTextAsAPlaceWithoutDetails(String raw) {
        List<ParsedPlace> places = parser.parse(raw);

        assertEquals(List.of(new ParsedPlace(raw, null, null, null, false)), places);
        assertFalse(places.get(0).isRecognised());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \n\u00A0 ", "[bookmark: _GoBack]", ";;//", "\n\n"})
    void blankCellsHaveNoPlaces(String raw) {
        assertEquals(List.of(), parser.parse(raw));
    }

    @Test
    void stripsBookmarksFromTheRawText() {
        List<ParsedPlace> places = parser.parse("[bookmark: _GoBack]г. Витебск, Республика Беларусь");

        assertEquals("г. Витебск, Республика Беларусь", places.get(0).raw());
        assertEquals("BY", places.get(0).countryCode());
    }

    @Test
    void readsAThreePartCellWithParenthesisedCountries() {
        List<ParsedPlace> places = parser.parse("г. Витебск \n(Республика Беларусь), Руднянский район\n"
                + "(Смоленская область) (граница России и Республики Беларусь), \nг. Смоленск (Соборный холм)");

        assertEquals(List.of("BY", "RU", "RU"), places.stream().map(ParsedPlace::countryCode).toList());
        assertEquals(Arrays.asList("Витебск", "Руднянский район", "Смоленск"),
                places.stream().map(ParsedPlace::locality).toList());
    }
}
