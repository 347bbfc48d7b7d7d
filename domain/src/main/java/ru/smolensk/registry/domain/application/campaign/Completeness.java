package ru.smolensk.registry.domain.application.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Who of the expected organisations handed in their document of a campaign and when: per organisation its
 * status ({@code NONE} when nothing was created), the time of the last submission, its deadline and whether it
 * is on time or late; and the counts.
 */
public record Completeness(String kind, String level, String period, LocalDate opensOn, LocalDate closesOn,
        Counts counts, List<Row> organizations) {

    /** Counts over the expected organisations. */
    public record Counts(int expected, int none, int draft, int submitted, int returned, int approved, int onTime,
            int late) {
    }

    /** One expected organisation; {@code missing}: not handed in (yet or again), for reminders. */
    public record Row(String code, String name, String status, OffsetDateTime submittedAt, LocalDate deadline,
            boolean onTime, boolean late, boolean missing) {
    }
}
