package ru.smolensk.registry.domain.normalization;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.ParseStatus;

/**
 * The reading of one date cell.
 *
 * @param raw the cell text exactly as given ({@code ""} for {@code null})
 * @param start first day, or {@code null} when unknown (TBD, unparsed)
 * @param end last day, or {@code null} when unknown or open-ended («… – настоящее время»)
 * @param precision how precisely {@code start}/{@code end} are known
 * @param dateClass the grammatical class that was recognised, {@link DateClass#UNPARSED} when none
 * @param qualifier a trailing parenthetical split off the expression («по согласованию сторон»), or
 *        {@code null}
 * @param warnings messages in Russian for people (never {@code null})
 * @param status {@code OK} when the dates (or TBD) are known, {@code UNPARSED} when not,
 *        {@code EMPTY} for a blank cell
 */
public record ParsedDate(String raw, LocalDate start, LocalDate end, DatePrecision precision, DateClass dateClass,
        String qualifier, List<String> warnings, ParseStatus status) {

    public ParsedDate {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Whether the expression has a start but no end («1 ноября 2025 года – настоящее время»). */
    public boolean isOpenEnded() {
        return dateClass == DateClass.OPEN_ENDED;
    }

    /** Whether at least one warning was raised. */
    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }
}
