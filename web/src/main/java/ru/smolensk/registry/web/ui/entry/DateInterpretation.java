package ru.smolensk.registry.web.ui.entry;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import ru.smolensk.registry.domain.model.event.ParseStatus;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.normalization.DateExpressionParser;
import ru.smolensk.registry.domain.normalization.ParsedDate;
import ru.smolensk.registry.web.ui.Texts;

/**
 * How the registry reads the text of the dates column («март 2026 года», «22-25 мая 2025 года»),
 * said in Russian for the form: the same parser the service uses when the entry is saved.
 */
final class DateInterpretation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private DateInterpretation() {
    }

    /** E.g. «с 22.05.2025 по 25.05.2025 (точность: день)»; empty for an empty text. */
    static String of(String text, ReportingPeriod period) {
        if (text == null || text.isBlank()) {
            return "";
        }
        ParsedDate parsed = new DateExpressionParser().parse(text, period);
        if (parsed.status() != ParseStatus.OK || parsed.start() == null) {
            return Texts.get("entry.dates.unknown");
        }
        String precision = Texts.get("precision." + parsed.precision().name());
        String result = parsed.end() == null || parsed.end().equals(parsed.start())
                ? Texts.get("entry.dates.day", day(parsed.start()), precision)
                : Texts.get("entry.dates.range", day(parsed.start()), day(parsed.end()), precision);
        return parsed.hasWarnings() ? result + ". " + String.join(" ", parsed.warnings()) : result;
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
