package ru.smolensk.registry.domain.application.entry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventField;

/**
 * The audited state of an event entry, the same for every channel: its place in the document, its verbatim
 * columns, the partner's record id and the plan entry it fulfils.
 */
public final class EntrySnapshot {

    private EntrySnapshot() {
    }

    /** Whether an audited state is of an entry of that submission. */
    public static boolean isOfSubmission(String state, long submissionId) {
        return state != null && state.startsWith("{\"submission\":" + submissionId + ",");
    }

    public static String of(EventEntry e) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("submission", e.submission().id());
        state.put("ordinal", e.ordinal());
        state.put("section", e.sectionTitle());
        for (EventField field : EventField.values()) {
            state.put(field.name().toLowerCase(Locale.ROOT), e.columns().get(field));
        }
        state.put("sourceRecordId", e.sourceRecordId());
        state.put("planEntryId", e.planEntry() == null ? null : e.planEntry().id());
        return AuditJson.object(state);
    }
}
