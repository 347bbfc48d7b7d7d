package ru.smolensk.registry.domain.application.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.planning.PlanLinkService;
import ru.smolensk.registry.domain.application.planning.ReportSuggestion;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcomeRepository;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.testing.EntryDesk;
import ru.smolensk.registry.domain.testing.RecordingAuditLog;
import ru.smolensk.registry.domain.testing.TestUser;

/**
 * Recording «Проведено по плану» on a plan entry without a linked report entry, without a database: the report
 * entries offered to link, the link and the outcome in one step (both audited), and the texts that say what to do.
 */
class FulfilmentServiceTest {

    private final EntryDesk desk = new EntryDesk();
    private final TestUser user = desk.user;
    private final RecordingAuditLog audit = desk.audit;
    private final List<PlanOutcome> saved = new ArrayList<>();
    private final FulfilmentService service = new FulfilmentService(user, desk.submissions, desk.events,
            new Outcomes(), audit, desk.entries, new PlanLinkService(user, desk.events, desk.submissions,
                    desk.entries));

    private final Submission plan = desk.draft(desk.smolensk, "2031-H1", DocumentKind.PLAN);
    private final EventEntry festival = desk.add(plan, "Фестиваль «Славянское единство»", "май 2031 года", null);
    private final EventEntry forum = desk.add(plan, "Форум молодежи", "июнь 2031 года", null);
    private final Submission report = desk.draft(desk.smolensk, "2031-Q2", DocumentKind.REPORT);
    private final EventEntry held = desk.add(report, "Фестиваль «Славянское единство»", "15 мая 2031 года", null);

    FulfilmentServiceTest() {
        desk.add(report, "Ярмарка ремесел", "20 июня 2031 года", null);
        plan.submit("smolensk", OffsetDateTime.now());
        plan.approve("coordinator", OffsetDateTime.now(), null);
        audit.records.clear();
    }

    @Test
    void aHeldOutcomeLinksTheChosenReportEntryAndIsRecordedInOneStep() {
        List<ReportSuggestion> offered = service.linkSuggestions(festival.id());
        assertEquals(List.of(held), offered.stream().map(ReportSuggestion::reportEntry).toList(),
                "the alike report entry, not the fair");

        InvalidFieldException unchosen = assertThrows(InvalidFieldException.class,
                () -> service.record(festival.id(), Outcome.HELD, null));
        assertEquals("Выберите запись отчета о проведении мероприятия № 1 плана: она будет связана с планом вместе"
                + " с итогом", unchosen.getMessage());

        PlanOutcome outcome = service.record(festival.id(), Outcome.HELD, null, held.id());
        assertEquals(Outcome.HELD, outcome.outcome());
        assertEquals(festival, held.planEntry(), "linked");
        assertEquals(2, audit.records.size(), "the link and the outcome are audited");
        assertEquals("Связано с записью плана № 1 (план на I полугодие 2031 года)", audit.records.get(0).summary());
        assertEquals("Итог выполнения плана: проведено по плану", audit.records.get(1).summary());
        assertTrue(service.linkSuggestions(forum.id()).isEmpty(), "a linked entry is not offered again");
    }

    @Test
    void withoutAnAlikeReportEntryThePersonIsToldWhatToDoInWords() {
        InvalidFieldException nothing = assertThrows(InvalidFieldException.class,
                () -> service.record(forum.id(), Outcome.HELD_WITH_CHANGES, "Перенесен на июль", null));
        String text = nothing.getMessage();
        assertTrue(text.startsWith("Мероприятие № 2 плана не связано ни с одной записью отчета"), text);
        assertTrue(text.contains("в отчетах за I квартал 2031 года и II квартал 2031 года"), text);
        assertTrue(text.contains("Добавьте мероприятие в отчет за квартал") && text.contains("«Не проведено»"), text);
        assertTrue(!text.matches(".*\\d{4}-[HQ]\\d.*"), "no period codes: " + text);
        assertTrue(audit.records.isEmpty(), "nothing written");
        assertNull(held.planEntry());
    }

    @Test
    void onlyAnUnlinkedEntryOfTheOrganisationsReportsOfTheHalfYearIsLinked() {
        Submission other = desk.draft(desk.shumyachi, "2031-Q2", DocumentKind.REPORT);
        user.signIn("shumyachsky", Role.OPERATOR, desk.shumyachi);
        EventEntry foreign = desk.add(other, "Фестиваль «Славянское единство»", "май 2031 года", null);
        user.signIn("smolensk", Role.OPERATOR, desk.smolensk);
        InvalidFieldException outside = assertThrows(InvalidFieldException.class,
                () -> service.record(festival.id(), Outcome.HELD, null, foreign.id()));
        assertEquals("Выбранная запись не входит в отчеты организации за I квартал 2031 года и II квартал 2031 года",
                outside.getMessage());

        service.record(festival.id(), Outcome.HELD, null, held.id());
        InvalidFieldException taken = assertThrows(InvalidFieldException.class,
                () -> service.record(forum.id(), Outcome.HELD, null, held.id()));
        assertEquals("Запись № 1 отчета за II квартал 2031 года уже связана с мероприятием № 1 плана",
                taken.getMessage());
        assertNull(foreign.planEntry());
    }

    /** The recorded outcomes, kept in a list. */
    private final class Outcomes implements PlanOutcomeRepository {
        @Override
        public Optional<PlanOutcome> findByPlanEntry(EventEntry planEntry) {
            return saved.stream().filter(o -> o.planEntry() == planEntry).findFirst();
        }

        @Override
        public List<PlanOutcome> findByPlan(Submission submission) {
            return saved.stream().filter(o -> o.planEntry().submission() == submission).toList();
        }

        @Override
        public PlanOutcome save(PlanOutcome outcome) {
            if (!saved.contains(outcome)) {
                saved.add(outcome);
            }
            return outcome;
        }

        @Override
        public void delete(PlanOutcome outcome) {
            saved.remove(outcome);
        }
    }
}
