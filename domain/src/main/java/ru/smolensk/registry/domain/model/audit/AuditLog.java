package ru.smolensk.registry.domain.model.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** The append-only audit log. */
public interface AuditLog {

    void append(AuditRecord record);

    /** Records matching the filters (null = any), newest first, at most {@code limit}. */
    List<AuditRecord> search(String entityType, String entityId, String username, OffsetDateTime from,
            OffsetDateTime to, int limit);

    /** The deletions of entities of a type at or after a moment, oldest first. */
    default List<AuditRecord> deletions(String entityType, OffsetDateTime from) {
        List<AuditRecord> newestFirst = search(entityType, null, null, from, null, Integer.MAX_VALUE);
        return java.util.stream.IntStream.range(0, newestFirst.size())
                .mapToObj(i -> newestFirst.get(newestFirst.size() - 1 - i))
                .filter(r -> r.action() == AuditAction.DELETE).toList();
    }
}
