package ru.smolensk.registry.domain.model.event;

import java.util.Map;

/**
 * Entries per country code, organisation code, sphere code and month of the first day ({@code 2025-10}) of the same
 * documents, each in key order.
 */
public record EventCounts(Map<String, Long> byCountry, Map<String, Long> byOrganization, Map<String, Long> bySphere,
        Map<String, Long> byMonth) {
}
