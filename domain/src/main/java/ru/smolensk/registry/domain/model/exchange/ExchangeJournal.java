package ru.smolensk.registry.domain.model.exchange;

import java.util.List;
import java.util.Optional;

/** The exchange journal: one entry per partner message id. */
public interface ExchangeJournal {

    /** The message a partner sent under its own message id, if it was journaled. */
    Optional<ExchangeMessage> find(String partner, String messageId);

    ExchangeMessage save(ExchangeMessage message);

    /**
     * Drops the kept bodies of messages journaled before the given time (the entries stay); returns how many.
     */
    int forgetBodiesBefore(java.time.OffsetDateTime before);

    /** Messages of a partner and direction (null = any), newest first. */
    List<ExchangeMessage> search(String partner, ExchangeDirection direction, int limit);
}
