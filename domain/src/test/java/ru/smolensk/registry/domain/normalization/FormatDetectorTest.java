package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import ru.smolensk.registry.domain.model.event.EventFormat;

class FormatDetectorTest {

    private final FormatDetector detector = new FormatDetector();

    @ParameterizedTest(name = "{0}: «{1}» / «{2}»")
    @CsvFileSource(resources = "format-rows.csv", delimiter = '|')
    void detectsTheFormatOfRealRows(String row, String place, String otherText, EventFormat expected) {
        assertEquals(expected, detector.detect(place, otherText));
    }

    @Test
    void nothingKnownIsUnknown() {
        assertEquals(EventFormat.UNKNOWN, detector.detect(null));
        assertEquals(EventFormat.UNKNOWN, detector.detect("", (String[]) null));
        assertEquals(EventFormat.UNKNOWN, detector.detect("  ", "", null));
    }

    @Test
    void anInPersonWordAloneIsEnough() {
        assertEquals(EventFormat.IN_PERSON, detector.detect(null, "Конкурс проводится в очной форме"));
    }

    @Test
    void aRemoteWordAnywhereInTheRowCounts() {
        assertEquals(EventFormat.REMOTE, detector.detect("г. Смоленск", "Викторина", "Цель", "Участники",
                "Встреча прошла по видеоконференцсвязи"));
    }
}
