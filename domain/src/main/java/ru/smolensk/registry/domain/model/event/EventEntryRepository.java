package ru.smolensk.registry.domain.model.event;

import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.submission.Submission;

/** Event entries of plans and reports. */
public interface EventEntryRepository {

    Optional<EventEntry> findById(long id);

    /** The entries of a submission in document order. */
    List<EventEntry> findBySubmission(Submission submission);

    /** The highest row number in a submission, 0 when it has no entries. */
    default int maxOrdinal(Submission submission) {
        return findBySubmission(submission).stream().mapToInt(EventEntry::ordinal).max().orElse(0);
    }

    /**
     * One page of entries matching the query, in document order, and the total count (exact up to
     * {@link EventQuery#countLimit()}).
     */
    EventPage search(EventQuery query);

    /**
     * The same page as {@link #search} as summaries: what lists show, read without building the entities where
     * the store can.
     */
    default EventSummaryPage summaries(EventQuery query) {
        EventPage page = search(query);
        return new EventSummaryPage(page.items().stream().map(EventSummary::of).toList(), page.total(),
                page.totalExact());
    }

    /**
     * The entries of the submissions with these ids as summaries, submission after submission in the order given,
     * each in document order: read without building the entities where the store can.
     */
    List<EventSummary> summariesOfSubmissions(List<Long> submissionIds);

    /**
     * The exact number of entries matching the query, however many (for contracts that promise an exact total;
     * lists take the capped total of {@link #search}).
     */
    default long count(EventQuery query) {
        return search(query).total();
    }

    EventEntry save(EventEntry entry);

    void delete(EventEntry entry);
}
