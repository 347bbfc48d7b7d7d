package ru.smolensk.registry.web.ui.submissions;

import java.util.List;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/**
 * One period of the coordinator's matrix with its totals: how many organisations have no plan or
 * report yet, and how many are in each status.
 */
public record MatrixColumn(ReportingPeriod period, long none, List<StatusCount> counts) {

    public MatrixColumn {
        counts = List.copyOf(counts);
    }
}
