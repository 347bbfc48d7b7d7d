package ru.smolensk.registry.web.rest.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.submission.Submission;

/** Event entries in memory. */
final class InMemoryEvents implements EventEntryRepository {

    private final List<EventEntry> all = new ArrayList<>();
    private long nextId = 100;

    @Override
    public Optional<EventEntry> findById(long id) {
        return all.stream().filter(e -> e.id() == id).findFirst();
    }

    @Override
    public List<EventEntry> findBySubmission(Submission submission) {
        return all.stream().filter(e -> e.submission().id().equals(submission.id()))
                .sorted(Comparator.comparingInt(EventEntry::ordinal)).toList();
    }

    @Override
    public EventPage search(EventQuery query) {
        throw new UnsupportedOperationException("not used by the workflow");
    }

    @Override
    public EventEntry save(EventEntry entry) {
        if (entry.id() == null) {
            Fields.set(entry, "id", nextId++);
            all.add(entry);
        }
        return entry;
    }

    @Override
    public void delete(EventEntry entry) {
        all.remove(entry);
    }
}
