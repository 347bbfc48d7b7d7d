package ru.smolensk.registry.domain.model.event;

import java.util.Map;

/**
 * Plan entries per organisation code that were held (a report entry is linked), held with changes and not held, of
 * the same plans: the fulfilment columns of the statistics, read together.
 */
public record FulfilmentCounts(Map<String, Long> held, Map<String, Long> heldWithChanges,
        Map<String, Long> notHeld) {
}
