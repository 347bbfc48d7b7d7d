package ru.smolensk.registry.web.rest.audit;

import java.util.List;

/** The newest matching audit records, the limit applied and whether older matching records exist. */
public record AuditListView(List<AuditRecordView> items, int limit, boolean more) {
}
