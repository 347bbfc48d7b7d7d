package ru.smolensk.registry.web.rest.audit;

import java.io.StringReader;
import java.time.OffsetDateTime;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditRecord;

/**
 * One audit record: who did what to which object and when, with the object's state before and after
 * as JSON (a string where a stored state is not JSON).
 */
public record AuditRecordView(long id, OffsetDateTime at, String user, String action, String actionLabel,
        String entity, String entityId, String summary, JsonValue before, JsonValue after) {

    public static AuditRecordView of(AuditRecord r) {
        return new AuditRecordView(r.id(), r.occurredAt(), r.username(), r.action().name(), label(r.action()),
                r.entityType(), r.entityId(), r.summary(), state(r.beforeState()), state(r.afterState()));
    }

    static String label(AuditAction action) {
        return switch (action) {
            case CREATE -> "Создание";
            case UPDATE -> "Изменение";
            case DELETE -> "Удаление";
            case SUBMIT -> "Отправка на рассмотрение";
            case APPROVE -> "Утверждение";
            case RETURN -> "Возврат на доработку";
            case REOPEN -> "Открытие утвержденного документа для изменений";
            case IMPORT -> "Загрузка документа";
            case EXCHANGE -> "Обмен данными";
            case SIGN_IN_LOCK -> "Блокировка входа после неудачных попыток";
        };
    }

    private static JsonValue state(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException e) {
            return Json.createValue(json);
        }
    }
}
