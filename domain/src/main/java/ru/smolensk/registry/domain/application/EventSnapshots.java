package ru.smolensk.registry.domain.application;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventField;

/** The audited state of an event entry: its place in the document and its verbatim columns. */
public final class EventSnapshots {

    private EventSnapshots() {
    }

    public static String of(EventEntry e) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("submission", e.submission().id());
        state.put("ordinal", e.ordinal());
        state.put("section", e.sectionTitle());
        for (EventField field : EventField.values()) {
            state.put(field.name().toLowerCase(Locale.ROOT), e.columns().get(field));
        }
        return AuditJson.object(state);
    }
}
