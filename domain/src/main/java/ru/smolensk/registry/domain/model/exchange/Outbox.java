package ru.smolensk.registry.domain.model.exchange;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The transactional outbox of messages to partner systems. */
public interface Outbox {

    OutboundMessage save(OutboundMessage message);

    Optional<OutboundMessage> findById(long id);

    /** Ids of pending messages whose next attempt is due, oldest first. */
    List<Long> due(OffsetDateTime now, int limit);

    /** Messages in a status (null = any), newest first. */
    List<OutboundMessage> search(OutboundStatus status, String partner, int limit);
}
