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
     * Drops the kept bodies (the message and its answer) of at most {@code limit} messages journaled before the given
     * time, the oldest entries first (the entries stay); returns how many. A caller forgets a large backlog in
     * batches, each in a transaction of its own.
     */
    int forgetBodiesBefore(java.time.OffsetDateTime before, int limit);

    /** A journaled message with its bodies. */
    Optional<ExchangeMessage> findById(long id);

    /**
     * The newest message received from a partner under a message id that was not refused (refused ids may be sent
     * again), if any: a message id names one message.
     */
    Optional<ExchangeMessage> findUsed(String partner, String messageId);

    /** The newest message received from a partner under a message id, whatever its outcome. */
    Optional<ExchangeMessage> findLatest(String partner, String messageId);

    /**
     * Whether a message id names a message exchanged with the partner: received from it, or the registry's answer
     * to one.
     */
    boolean exchanged(String partner, String messageId);

    /** Messages matching the filter, newest first, without their bodies. */
    List<JournalLine> search(JournalFilter filter);
}
