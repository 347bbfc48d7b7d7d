package ru.smolensk.registry.domain.model.exchange;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import ru.smolensk.registry.domain.model.event.EventEntry;

/** Event entries received from partner systems, found by the partner's own record id. */
public interface ReceivedEntries {

    Optional<EventEntry> findBySource(String system, String recordId);

    /** The known entries of a partner among the given record ids, by record id (one query in a real store). */
    default Map<String, EventEntry> findBySources(String system, Collection<String> recordIds) {
        Map<String, EventEntry> found = new HashMap<>();
        recordIds.forEach(id -> findBySource(system, id).ifPresent(e -> found.put(id, e)));
        return found;
    }

    /**
     * The stored state of the known entries of a partner among the given record ids, by record id: enough to tell
     * an unchanged record without building its entry (one projection in a real store).
     */
    default Map<String, ReceivedEntryState> findStates(String system, Collection<String> recordIds) {
        Map<String, ReceivedEntryState> states = new HashMap<>();
        findBySources(system, recordIds).forEach((id, entry) -> states.put(id, ReceivedEntryState.of(entry)));
        return states;
    }
}
