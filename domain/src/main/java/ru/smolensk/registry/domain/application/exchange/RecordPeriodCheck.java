package ru.smolensk.registry.domain.application.exchange;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.normalization.DateExpressionParser;

/**
 * Checks a received record against its period, as the import does: a period beyond the next one of its kind is
 * refused (nobody plans or reports that far ahead; it is a typo such as 2031 for 2025), dates outside the period
 * give a warning in the receipt, the record is accepted.
 */
final class RecordPeriodCheck {

    private static final DateExpressionParser DATES = new DateExpressionParser();

    private final LocalDate today;

    RecordPeriodCheck(LocalDate today) {
        this.today = today;
    }

    /** The reason to refuse a record of the period, or null when the period may be written now. */
    String refusal(ReportingPeriod period) {
        ReportingPeriod next = ReportingPeriod.containing(today, period.type()).next();
        if (period.compareTo(next) <= 0) {
            return null;
        }
        return "Элемент Period: «" + period.code() + "» — период еще не наступил; записи принимаются не позднее чем"
                + " за следующий период (" + next.code() + ")";
    }

    /** The warnings about the record's dates within its period (outside it, unreadable), or null when none. */
    String warning(OfficialColumns columns, ReportingPeriod period) {
        if (columns == null || columns.dates() == null || columns.dates().isBlank()) {
            return null;
        }
        List<String> warnings = DATES.parse(columns.dates(), period).warnings();
        return warnings.isEmpty() ? null : "Элемент Columns/Dates: " + String.join("; ", warnings);
    }
}
