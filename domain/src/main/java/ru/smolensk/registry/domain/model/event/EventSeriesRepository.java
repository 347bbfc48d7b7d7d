package ru.smolensk.registry.domain.model.event;

import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Event series and the queries that group entries into them. */
public interface EventSeriesRepository {

    Optional<EventSeries> findById(long id);

    /** The series with that key or that took it over in a merge. */
    Optional<EventSeries> findByKey(String key);

    /** All series, by name. */
    List<EventSeries> findAll();

    /** The entries of a series, oldest period first. */
    List<EventEntry> entriesOf(EventSeries series);

    /** Per series id: its entries' periods and organisation codes, for the list of series. */
    List<Member> members();

    /** The entries in no series that the coordinator has not placed: the candidates of proposals. */
    List<Candidate> candidates();

    EventSeries save(EventSeries series);

    /** Deletes a series that no entry belongs to any more, at once (its keys are free afterwards). */
    void delete(EventSeries series);

    /** An entry of some series, as the list of series counts it. */
    record Member(long seriesId, ReportingPeriod period, String organizationCode, SubmissionStatus status) {
    }

    /** An entry that a proposal may place in a series. */
    record Candidate(long entryId, String name, ReportingPeriod period) {
    }
}
