package ru.smolensk.registry.domain.application.audit;

import java.util.List;

import ru.smolensk.registry.domain.model.audit.AuditRecord;

/** The newest audit records matching a search and whether older matching records were left out. */
public record AuditExcerpt(List<AuditRecord> records, boolean more) {

    public AuditExcerpt {
        records = List.copyOf(records);
    }
}
