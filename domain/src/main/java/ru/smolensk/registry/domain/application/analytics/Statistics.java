package ru.smolensk.registry.domain.application.analytics;

import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * Counts of events for a range of periods: per country (ISO code), organisation (code), sphere (code)
 * and month ({@code 2025-10}), the largest first (months in calendar order), and plan fulfilment per
 * organisation.
 */
public record Statistics(ReportingPeriod from, ReportingPeriod to, long events, Map<String, Long> byCountry,
        Map<String, Long> byOrganization, Map<String, Long> bySphere, Map<String, Long> byMonth,
        List<Fulfilment> fulfilment) {

    /**
     * One organisation's plan against its reports in the range: planned entries (plans of the
     * half-years), reported entries (reports of the quarters), planned entries that a report entry is
     * linked to (held, with or without changes), of them those held with changes, and planned entries
     * recorded as not held. The same rule as the fulfilment report ({@code GET /api/fulfilment}).
     */
    public record Fulfilment(String organization, long planned, long reported, long plannedHeld,
            long plannedHeldWithChanges, long plannedNotHeld) {

        /** The share of planned entries that were held, in per cent (0 when nothing was planned). */
        public int percentHeld() {
            return planned == 0 ? 0 : (int) Math.round(100.0 * plannedHeld / planned);
        }
    }
}
