package ru.smolensk.registry.web.ui.entry;

import java.io.Serializable;

import ru.smolensk.registry.domain.application.planning.PlanSuggestion;

/** A plan entry the report entry may fulfil: its number, name and dates as written, and how alike (per cent). */
public record SuggestionRow(long planEntryId, int ordinal, String name, String dates, int percent,
        boolean datesOverlap) implements Serializable {

    private static final long serialVersionUID = 1L;

    static SuggestionRow of(PlanSuggestion s) {
        return new SuggestionRow(s.planEntry().id(), s.planEntry().ordinal(), s.planEntry().columns().name(),
                s.planEntry().columns().dates(), (int) Math.round(100 * s.score()), s.datesOverlap());
    }
}
