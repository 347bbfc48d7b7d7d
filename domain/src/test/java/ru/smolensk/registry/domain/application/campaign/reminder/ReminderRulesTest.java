package ru.smolensk.registry.domain.application.campaign.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.campaign.ReminderType;

class ReminderRulesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2030, 4, 15);

    @Test
    void remindsWithinTheDaysBeforeTheDeadlineAndForAWhileAfterIt() {
        assertNull(ReminderService.typeOn(DEADLINE.minusDays(8), DEADLINE, 7, 30));
        assertEquals(ReminderType.DUE_SOON, ReminderService.typeOn(DEADLINE.minusDays(7), DEADLINE, 7, 30));
        assertEquals(ReminderType.DUE_SOON, ReminderService.typeOn(DEADLINE, DEADLINE, 7, 30), "the last day");
        assertEquals(ReminderType.OVERDUE, ReminderService.typeOn(DEADLINE.plusDays(1), DEADLINE, 7, 30));
        assertEquals(ReminderType.OVERDUE, ReminderService.typeOn(DEADLINE.plusDays(30), DEADLINE, 7, 30));
        assertNull(ReminderService.typeOn(DEADLINE.plusDays(31), DEADLINE, 7, 30), "old campaigns stay quiet");
    }
}
