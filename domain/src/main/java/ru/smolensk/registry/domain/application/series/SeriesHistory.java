package ru.smolensk.registry.domain.application.series;

import java.time.LocalDate;
import java.util.List;

/** The history of a recurring event: its entries by period with dates, organisation, status and edition. */
public record SeriesHistory(long id, String name, long version, List<Entry> entries) {

    /** One entry of the series. */
    public record Entry(long entryId, long submissionId, String period, String kind, String organization,
            String organizationName, String status, Integer edition, String name, String dates, LocalDate start,
            LocalDate end) {
    }
}
