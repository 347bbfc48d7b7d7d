package ru.smolensk.registry.domain.application.analytics;

import java.util.Map;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * Counts of events for a range of periods: per country (ISO code), organisation (code), sphere
 * (code) and month ({@code 2025-10}).
 */
public record Statistics(ReportingPeriod from, ReportingPeriod to, long events, Map<String, Long> byCountry,
        Map<String, Long> byOrganization, Map<String, Long> bySphere, Map<String, Long> byMonth) {
}
