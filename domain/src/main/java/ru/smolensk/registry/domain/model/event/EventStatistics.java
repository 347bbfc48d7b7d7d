package ru.smolensk.registry.domain.model.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Counts of event entries for analytics, computed in the database. */
public interface EventStatistics {

    /** Entries per country code. */
    Map<String, Long> byCountry(Collection<ReportingPeriod> periods, DocumentKind kind, SubmissionStatus status);

    /** Entries per organisation code. */
    Map<String, Long> byOrganization(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status);

    /** Entries per sphere code (regional documents). */
    Map<String, Long> bySphere(Collection<ReportingPeriod> periods, DocumentKind kind, SubmissionStatus status);

    /** The first day of every entry with known dates. */
    List<LocalDate> startDates(Collection<ReportingPeriod> periods, DocumentKind kind, SubmissionStatus status);

    /** The four counts above of the same documents at once (an implementation may read them together). */
    default EventCounts counts(Collection<ReportingPeriod> periods, DocumentKind kind, SubmissionStatus status) {
        return new EventCounts(byCountry(periods, kind, status), byOrganization(periods, kind, status),
                bySphere(periods, kind, status), byMonth(periods, kind, status));
    }

    /** Entries with known dates per month of their first day ({@code 2025-10}), in calendar order. */
    default Map<String, Long> byMonth(Collection<ReportingPeriod> periods, DocumentKind kind,
            SubmissionStatus status) {
        Map<String, Long> months = new TreeMap<>();
        for (LocalDate start : startDates(periods, kind, status)) {
            months.merge(YearMonth.from(start).toString(), 1L, Long::sum);
        }
        return months;
    }

    /**
     * Plan entries per organisation code that at least one report entry is linked to as fulfilling them (with a
     * status, both the plan and the report have it).
     */
    Map<String, Long> heldPlanEntriesByOrganization(Collection<ReportingPeriod> periods, SubmissionStatus status);

    /**
     * Plan entries per organisation code whose outcome, by the rule of {@link Outcome#of}, is the given one:
     * {@link Outcome#HELD_WITH_CHANGES} (recorded and linked) or {@link Outcome#NOT_HELD} (recorded, no link).
     */
    Map<String, Long> plannedOutcomesByOrganization(Collection<ReportingPeriod> periods, SubmissionStatus status,
            Outcome outcome);

    /** The three fulfilment counts above of the same plans at once (an implementation may read them together). */
    default FulfilmentCounts fulfilmentCounts(Collection<ReportingPeriod> periods, SubmissionStatus status) {
        return new FulfilmentCounts(heldPlanEntriesByOrganization(periods, status),
                plannedOutcomesByOrganization(periods, status, Outcome.HELD_WITH_CHANGES),
                plannedOutcomesByOrganization(periods, status, Outcome.NOT_HELD));
    }
}
