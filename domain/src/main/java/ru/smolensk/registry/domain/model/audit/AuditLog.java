package ru.smolensk.registry.domain.model.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** The append-only audit log. */
public interface AuditLog {

    void append(AuditRecord record);

    /** Records matching the filters (null = any), newest first, at most {@code limit}. */
    List<AuditRecord> search(String entityType, String entityId, String username, OffsetDateTime from,
            OffsetDateTime to, int limit);
}
