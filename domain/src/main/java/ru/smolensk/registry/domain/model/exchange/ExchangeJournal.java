package ru.smolensk.registry.domain.model.exchange;

import java.util.List;
import java.util.Optional;

/** The exchange journal: every message received from or sent to partner systems. */
public interface ExchangeJournal {

    /**
     * The message processed under a partner's message id (a received SubmitEvents, a message sent to the partner),
     * if it was journaled; reads and refusals recorded under the same id do not count.
     */
    Optional<ExchangeMessage> find(String partner, String messageId);

    ExchangeMessage save(ExchangeMessage message);

    /**
     * Drops the kept bodies (the message and its answer) of messages journaled before the given time (the entries
     * stay); returns how many.
     */
    int forgetBodiesBefore(java.time.OffsetDateTime before);

    /** A journaled message with its bodies. */
    Optional<ExchangeMessage> findById(long id);

    /** Messages of a partner, direction and status (null = any), newest first, without their bodies. */
    List<JournalLine> search(String partner, ExchangeDirection direction, ExchangeStatus status, int limit);
}
