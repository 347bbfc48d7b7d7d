package ru.smolensk.registry.domain.model.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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

    /** Plan entries per organisation code that at least one report entry is linked to as fulfilling them. */
    Map<String, Long> heldPlanEntriesByOrganization(Collection<ReportingPeriod> periods, SubmissionStatus status);
}
