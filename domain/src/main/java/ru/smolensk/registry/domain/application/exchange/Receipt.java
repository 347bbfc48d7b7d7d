package ru.smolensk.registry.domain.application.exchange;

import java.util.List;

/**
 * The answer to a batch of records: one result per record in the order received. {@code replayed} tells
 * that the message was received before and this is the original answer.
 */
public record Receipt(boolean replayed, List<RecordResult> results) {

    public Receipt {
        results = List.copyOf(results);
    }

    public long count(RecordStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    Receipt asReplay() {
        return new Receipt(true, results);
    }
}
