package ru.smolensk.registry.web.rest.analytics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.smolensk.registry.domain.application.analytics.Statistics;

/** Statistics as the API shows them: every count with the code and the Russian name. */
public record StatisticsView(String from, String to, long events, List<Count> byCountry,
        List<Count> byOrganization, List<Count> bySphere, List<MonthCount> byMonth, List<FulfilmentView> fulfilment) {

    /** A count of events under one code. */
    public record Count(String code, String name, long count) {
    }

    /** A count of events that start in one month ({@code 2025-10}). */
    public record MonthCount(String month, long count) {
    }

    /** One organisation's plan against its reports. */
    @Schema(name = "OrganizationFulfilment", description = "План организации и его выполнение по отчетам")
    public record FulfilmentView(String code, String name, long planned, long reported, long plannedHeld,
            long plannedHeldWithChanges, long plannedNotHeld, int percentHeld) {
    }

    static StatisticsView of(Statistics s, Names names) {
        return new StatisticsView(s.from().code(), s.to().code(), s.events(),
                Names.counts(s.byCountry(), names::country), Names.counts(s.byOrganization(), names::organization),
                Names.counts(s.bySphere(), names::sphere),
                s.byMonth().entrySet().stream().map(e -> new MonthCount(e.getKey(), e.getValue())).toList(),
                s.fulfilment().stream()
                        .map(f -> new FulfilmentView(f.organization(), names.organization(f.organization()),
                                f.planned(), f.reported(), f.plannedHeld(),
                                f.plannedHeldWithChanges(), f.plannedNotHeld(), f.percentHeld()))
                        .toList());
    }
}
