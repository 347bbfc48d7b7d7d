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
     * Drops the kept bodies of messages journaled before the given time (the entries stay); returns how many.
     */
    int forgetBodiesBefore(java.time.OffsetDateTime before);

    /** Messages of a partner and direction (null = any), newest first. */
    List<ExchangeMessage> search(String partner, ExchangeDirection direction, int limit);
}
