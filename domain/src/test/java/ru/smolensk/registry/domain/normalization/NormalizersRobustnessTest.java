package ru.smolensk.registry.domain.normalization;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/** Every normalizer survives odd input: it never throws and never returns null. */
class NormalizersRobustnessTest {

    static Stream<String> oddInputs() {
        return Stream.of(null, "", " ", "\n\n\n", "\u00A0\u202F\u2011", "((((", "))))", "«««", "»", "- - -", "–",
                "/ ; /", "[bookmark: ]", "[bookmark: unclosed", "9".repeat(40), "31.02.0000", "0-0 мая 0000 года",
                "с по", "между", "между:", "подписано", "подписано соглашение между", "Общее количество:",
                "всего –", "(человек)", "г.", "г. ", "д.", "Республика", "ХХХХХХХХ", "\uD83D\uDE00 эмодзи",
                "a".repeat(20_000), "г. Смоленск; ".repeat(500), "1 ".repeat(3000) + "человек",
                "Заключены следующие документы:\n-\n-\n-", "\t\t\t", "\r\n\r\n", "ё", "Ё".repeat(3));
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void neverThrows(String input) {
        assertDoesNotThrow(() -> {
            assertNotNull(TextHygiene.normalize(input));
            assertNotNull(TextHygiene.matchKey(input));
            assertNotNull(TextHygiene.foldRomanNumerals(input));
            assertNotNull(TextHygiene.foldHomoglyphs(input));
            assertNotNull(new DateExpressionParser().parse(input, ReportingPeriod.parse("2025-Q4")));
            assertNotNull(new DateExpressionParser().parse(input, null));
            assertNotNull(new ParticipantCountParser().parse(input));
            assertNotNull(new FormatDetector().detect(input, input));
            assertNotNull(new RoleDetector().detect(input));
            assertNotNull(new AgreementExtractor().extractSigned(input));
            assertNotNull(new AgreementExtractor().extractReferences(input));
            assertNotNull(new AgreementExtractor().extractArrangements(input));
            assertNotNull(new CountryDetector().detect(input));
            assertNotNull(new PlaceParser().parse(input));
        });
    }
}
