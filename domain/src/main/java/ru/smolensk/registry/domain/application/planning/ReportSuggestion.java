package ru.smolensk.registry.domain.application.planning;

import ru.smolensk.registry.domain.model.event.EventEntry;

/**
 * A report entry not yet linked to the plan that may tell how a plan entry was held, with how alike they are
 * (0–1).
 */
public record ReportSuggestion(EventEntry reportEntry, double score) {
}
