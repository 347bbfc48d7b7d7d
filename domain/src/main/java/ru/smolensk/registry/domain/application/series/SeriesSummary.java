package ru.smolensk.registry.domain.application.series;

import java.util.List;

/** A series in the list: how many entries, the first and last year, the organisations. */
public record SeriesSummary(long id, String name, long version, long entries, Integer firstYear, Integer lastYear,
        List<String> organizations) {
}
