package ru.smolensk.registry.domain.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;

/** Keeps the appended audit records for the test to inspect. */
public final class RecordingAuditLog implements AuditLog {

    public final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void append(AuditRecord record) {
        records.add(record);
    }

    @Override
    public List<AuditRecord> search(String entityType, String entityId, String username, OffsetDateTime from,
            OffsetDateTime to, int limit) {
        List<AuditRecord> newestFirst = new ArrayList<>(records);
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public List<AuditRecord> deletions(String entityType, OffsetDateTime from) {
        return records.stream().filter(r -> r.action() == ru.smolensk.registry.domain.model.audit.AuditAction.DELETE
                && r.entityType().equals(entityType) && !r.occurredAt().isBefore(from)).toList();
    }
}
