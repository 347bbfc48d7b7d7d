package ru.smolensk.registry.domain.application.exchange;

/**
 * A partner's filter for approved events: period code, document kind, level and organisation code
 * (null = any) and the page (from 0) of the given size.
 */
public record EventFilter(String period, String kind, String level, String organizationCode, int page,
        int size) {
}
