package ru.smolensk.registry.domain.application.exchange;

/**
 * A partner's filter for approved events: period code, document kind, level and organisation code
 * (null = any) and the page (from 0) of the given size.
 */
public record EventFilter(String period, String periodTo, String kind, String level, String organizationCode,
        String countryCode, String sphereCode, String status, int page, int size) {

    /** A filter of one period (or none) without country, sphere or status. */
    public EventFilter(String period, String kind, String level, String organizationCode, int page, int size) {
        this(period, null, kind, level, organizationCode, null, null, null, page, size);
    }
}
