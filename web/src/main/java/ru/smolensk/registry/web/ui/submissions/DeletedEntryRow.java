package ru.smolensk.registry.web.ui.submissions;

import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDateTime;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.web.ui.RegionTime;

/**
 * An entry deleted from a plan or report since it was last returned, as the review page shows it (struck out):
 * what it said when it was deleted (from the audit record's state before), who deleted it and when.
 */
public record DeletedEntryRow(int ordinal, String name, String place, String dates, String participants,
        String actor, LocalDateTime at) implements Serializable {

    private static final long serialVersionUID = 1L;

    static DeletedEntryRow of(AuditRecord deletion) {
        try (JsonReader reader = Json.createReader(new StringReader(deletion.beforeState()))) {
            JsonObject before = reader.readObject();
            return new DeletedEntryRow(before.getInt("ordinal", 0), text(before, "name"), text(before, "place"),
                    text(before, "dates"), text(before, "participants"), deletion.username(),
                    RegionTime.of(deletion.occurredAt()));
        }
    }

    private static String text(JsonObject state, String key) {
        JsonValue value = state.get(key);
        return value == null || value.getValueType() != JsonValue.ValueType.STRING ? "" : state.getString(key);
    }
}
