package ru.smolensk.registry.domain.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntries;
import ru.smolensk.registry.domain.model.submission.Submission;

/** Event entries in memory, also found by their partner's record id; saving assigns the id and the version. */
public final class InMemoryEvents implements EventEntryRepository, ReceivedEntries {

    private final List<EventEntry> all = new ArrayList<>();
    private long nextId = 100;

    /** Every stored entry, in the order saved. */
    public List<EventEntry> all() {
        return List.copyOf(all);
    }

    /** Removes entries behind the use case's back (another transaction). */
    public void removeIf(Predicate<EventEntry> which) {
        all.removeIf(which);
    }

    @Override
    public Optional<EventEntry> findById(long id) {
        return all.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public List<EventSummary> summariesOfSubmissions(List<Long> submissionIds) {
        return submissionIds.stream().flatMap(id -> all.stream().filter(e -> Objects.equals(e.submission().id(), id))
                .sorted(Comparator.comparingInt(EventEntry::ordinal))).map(EventSummary::of).toList();
    }

    @Override
    public List<EventEntry> findBySubmission(Submission submission) {
        return all.stream().filter(e -> e.submission() == submission
                || submission.id() != null && Objects.equals(e.submission().id(), submission.id()))
                .sorted(Comparator.comparingInt(EventEntry::ordinal)).toList();
    }

    @Override
    public EventPage search(EventQuery query) {
        return new EventPage(List.of(), 0);
    }

    @Override
    public EventEntry save(EventEntry entry) {
        if (entry.id() == null) {
            Fields.set(entry, "id", nextId++);
            all.add(entry);
        } else {
            Fields.set(entry, "version", entry.version() + 1);
        }
        return entry;
    }

    @Override
    public void delete(EventEntry entry) {
        all.remove(entry);
    }

    @Override
    public Optional<EventEntry> findBySource(String system, String recordId) {
        return all.stream().filter(e -> system.equals(e.sourceSystem()) && recordId.equals(e.sourceRecordId()))
                .findFirst();
    }
}
