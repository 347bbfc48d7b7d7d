package ru.smolensk.registry.domain.model.exchange;

/**
 * What a journal list shows: a partner, direction, outcome, message id (also found as the referenced id) and test
 * flag (null = any), and the page: {@code offset} entries skipped, then at most {@code limit}.
 */
public record JournalFilter(String partner, ExchangeDirection direction, ExchangeStatus status, String messageId,
        Boolean test, int offset, int limit) {

    /** Everything of a partner, direction and status, first page. */
    public static JournalFilter of(String partner, ExchangeDirection direction, ExchangeStatus status, int limit) {
        return new JournalFilter(partner, direction, status, null, null, 0, limit);
    }
}
