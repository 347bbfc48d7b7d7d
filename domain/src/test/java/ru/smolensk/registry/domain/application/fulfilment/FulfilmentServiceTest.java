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
import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.entry.EntryContent;
import ru.smolensk.registry.domain.application.entry.EntrySection;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.application.planning.PlanLinkService;
import ru.smolensk.registry.domain.application.planning.ReportSuggestion;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcomeRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.testing.InMemoryCampaigns;
import ru.smolensk.registry.domain.testing.InMemoryEvents;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.InMemorySubmissions;
import ru.smolensk.registry.domain.testing.RecordingAuditLog;
import ru.smolensk.registry.domain.testing.TestUser;

/**
 * Recording «Проведено по плану» on a plan entry without a linked report entry, without a database: the report
 * entries offered to link, the link and the outcome in one step (both audited), and the texts that say what to do.
 */
class FulfilmentServiceTest {

    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final Organization smolensk = organizations.get("smolensk");
    private final Organization shumyachi = organizations.get("shumyachsky");
    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final InMemoryEvents events = new InMemoryEvents();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final List<PlanOutcome> saved = new ArrayList<>();
    private final TestUser user = new TestUser("smolensk", Role.OPERATOR, smolensk);
    private final SubmissionEntries entries = new SubmissionEntries(new CampaignGuard(user, new InMemoryCampaigns()),
            events, audit);
    private final FulfilmentService service = new FulfilmentService(user, submissions, events, new Outcomes(),
            audit, entries, new PlanLinkService(user, events, submissions, entries));

    private final Submission plan = draft(smolensk, "2031-H1", DocumentKind.PLAN);
    private final EventEntry festival = add(plan, "Фестиваль «Славянское единство»", "май 2031 года");
    private final EventEntry forum = add(plan, "Форум молодежи", "июнь 2031 года");
    private final Submission report = draft(smolensk, "2031-Q2", DocumentKind.REPORT);
    private final EventEntry held = add(report, "Фестиваль «Славянское единство»", "15 мая 2031 года");

    FulfilmentServiceTest() {
        add(report, "Ярмарка ремесел", "20 июня 2031 года");
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
        Submission other = draft(shumyachi, "2031-Q2", DocumentKind.REPORT);
        user.signIn("shumyachsky", Role.OPERATOR, shumyachi);
        EventEntry foreign = add(other, "Фестиваль «Славянское единство»", "май 2031 года");
        user.signIn("smolensk", Role.OPERATOR, smolensk);
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

    private Submission draft(Organization organization, String period, DocumentKind kind) {
        return submissions.save(new Submission(organization, ReportingPeriod.parse(period), kind, "test",
                OffsetDateTime.now()));
    }

    private EventEntry add(Submission submission, String name, String dates) {
        OfficialColumns columns = new OfficialColumns(name, "г. Смоленск", dates, "Описание", "Цель", null,
                "30 человек");
        return entries.open(Origin.form(user), submission).add(entries.nextOrdinal(submission),
                EntrySection.of(submission, null), EntryContent.chosen(columns, null, null, null));
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
