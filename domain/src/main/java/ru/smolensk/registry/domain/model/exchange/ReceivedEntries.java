package ru.smolensk.registry.domain.model.exchange;

import java.util.Optional;

import ru.smolensk.registry.domain.model.event.EventEntry;

/** Event entries received from partner systems, found by the partner's own record id. */
public interface ReceivedEntries {

    Optional<EventEntry> findBySource(String system, String recordId);
}
