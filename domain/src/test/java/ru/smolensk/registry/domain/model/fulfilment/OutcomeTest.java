package ru.smolensk.registry.domain.model.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;

class OutcomeTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2030, 7, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private final Organization smolensk = new Organization("smolensk", OrganizationKind.MUNICIPAL_OKRUG,
            "город Смоленск", 10);

    private EventEntry entry(DocumentKind kind, String period) {
        Submission submission = new Submission(smolensk, ReportingPeriod.parse(period), kind, "smolensk", NOW);
        return new EventEntry(submission, 1, null, new OfficialColumns("Фестиваль «Славянский венок»", null, null,
                null, null, null, null), NOW);
    }

    @Test
    void aLinkMeansHeldAndOnlyARecordedNotHeldWithoutALinkCounts() {
        assertEquals(Outcome.HELD, Outcome.of(null, true));
        assertEquals(Outcome.HELD, Outcome.of(Outcome.NOT_HELD, true), "a link wins over a stale record");
        assertEquals(Outcome.HELD_WITH_CHANGES, Outcome.of(Outcome.HELD_WITH_CHANGES, true));
        assertEquals(Outcome.NO_INFORMATION, Outcome.of(null, false));
        assertEquals(Outcome.NO_INFORMATION, Outcome.of(Outcome.HELD_WITH_CHANGES, false), "the link was removed");
        assertEquals(Outcome.NOT_HELD, Outcome.of(Outcome.NOT_HELD, false));
    }

    @Test
    void whatChangedAndWhyNotHeldAreMandatory() {
        EventEntry plan = entry(DocumentKind.PLAN, "2030-H1");
        DomainException noReason = assertThrows(DomainException.class,
                () -> new PlanOutcome(plan, Outcome.NOT_HELD, "  ", "smolensk", NOW));
        assertEquals("Укажите причину, по которой мероприятие не проведено", noReason.getMessage());
        assertThrows(DomainException.class, () -> new PlanOutcome(plan, Outcome.HELD_WITH_CHANGES, null, "x", NOW));
        assertThrows(DomainException.class, () -> new PlanOutcome(plan, Outcome.NO_INFORMATION, "x", "x", NOW));
        assertThrows(DomainException.class, () -> new PlanOutcome(plan, Outcome.NOT_HELD, "x".repeat(4001), "x",
                NOW));

        PlanOutcome outcome = new PlanOutcome(plan, Outcome.HELD, " ", "smolensk", NOW);
        assertNull(outcome.comment());
        outcome.change(Outcome.NOT_HELD, " Отменен из-за погоды ", "coordinator", NOW.plusDays(1));
        assertEquals("Отменен из-за погоды", outcome.comment());
        assertEquals("coordinator", outcome.recordedBy());
    }

    @Test
    void onlyAPlanEntryHasAnOutcome() {
        DomainException e = assertThrows(DomainException.class,
                () -> new PlanOutcome(entry(DocumentKind.REPORT, "2030-Q1"), Outcome.HELD, null, "x", NOW));
        assertTrue(e.getMessage().contains("записи плана"), e.getMessage());
    }
}
