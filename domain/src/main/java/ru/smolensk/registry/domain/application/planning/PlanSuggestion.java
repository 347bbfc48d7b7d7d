package ru.smolensk.registry.domain.application.planning;

import ru.smolensk.registry.domain.model.event.EventEntry;

/** A plan entry that a report entry may fulfil, with how alike they are (0–1) and why. */
public record PlanSuggestion(EventEntry planEntry, double score, double nameSimilarity, boolean datesOverlap) {
}
