package ru.smolensk.registry.domain.model.event;

/** How precisely a normalized date range is known. */
public enum DatePrecision {
    DAY, MONTH, SEASON, QUARTER, HALF_YEAR, YEAR, UNKNOWN
}
