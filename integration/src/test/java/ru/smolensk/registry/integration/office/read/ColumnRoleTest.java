package ru.smolensk.registry.integration.office.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.integration.office.OfficialHeaders;

class ColumnRoleTest {

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void recognisesTheOfficialHeaders(DocumentKind kind) {
        assertEquals(ColumnRole.NUMBER, ColumnRole.recognize(OfficialHeaders.NUMBER));
        for (EventField field : EventField.columnsOf(kind)) {
            assertEquals(field, ColumnRole.recognize(OfficialHeaders.of(kind, field)).field(), field.name());
        }
    }

    @Test
    void toleratesWhitespaceCaseAndVariants() {
        assertEquals(ColumnRole.NUMBER, ColumnRole.recognize("№\nп/п"));
        assertEquals(ColumnRole.PLACE, ColumnRole.recognize("  МЕСТО\u00A0 проведения "));
        assertEquals(ColumnRole.DATES, ColumnRole.recognize("Сроки\nпроведения\nмероприятия"));
        assertEquals(ColumnRole.DATES, ColumnRole.recognize("Дата проведения"));
        assertEquals(ColumnRole.GOAL, ColumnRole.recognize("Цель проведения мероприятия"));
        assertEquals(ColumnRole.OUTCOME, ColumnRole.recognize("Цель, содержание и результат"));
        assertEquals(ColumnRole.SECTION, ColumnRole.recognize("Раздел"));
        assertEquals(ColumnRole.DOCUMENT_KIND, ColumnRole.recognize("Вид документа"));
        assertEquals(ColumnRole.PERIOD, ColumnRole.recognize("Период"));
        assertNull(ColumnRole.recognize("Ответственный исполнитель"));
        assertNull(ColumnRole.recognize(" "));
    }
}
