package ru.smolensk.registry.domain.application.event;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.shared.InvalidFieldsException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/** The required columns of an entry are reported all at once, in the order of the form. */
class EventInputRulesTest {

    @Test
    void everyMissingFieldOfARegionalPlanEntryIsReportedAtOnce() {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> EventInputRules.check(
                new EventInput(" ", "Визит", null, "", null, "Цель", null, null), DocumentKind.PLAN, Level.REGIONAL));
        assertEquals(List.of("sphere", "place", "dates", "description", "participants"), e.errors().stream()
                .map(InvalidFieldsException.FieldError::field).toList());
        assertEquals("sphere", e.field());
        assertEquals("Не заполнено поле «Место проведения мероприятия»", e.errors().get(1).message());
    }

    @Test
    void aReportNeedsItsOutcomeButNoDescriptionAndTooLongCellsAreReportedToo() {
        String tooLong = "а".repeat(EventInput.MAX_CELL_LENGTH + 1);
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> EventInputRules.check(
                new EventInput(null, tooLong, "Смоленск", "май 2026", null, null, null, "20 человек"),
                DocumentKind.REPORT, Level.MUNICIPAL));
        assertEquals(List.of("outcome", "name"), e.errors().stream().map(InvalidFieldsException.FieldError::field)
                .toList());
        assertDoesNotThrow(() -> EventInputRules.check(new EventInput(null, "Визит", "Смоленск", "май 2026", null,
                null, "Проведен", "20 человек"), DocumentKind.REPORT, Level.MUNICIPAL));
    }
}
