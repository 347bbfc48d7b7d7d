package ru.smolensk.registry.domain.application.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.NotFoundException;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.entry.EntryContent;
import ru.smolensk.registry.domain.application.entry.EntrySection;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionLocked;
import ru.smolensk.registry.domain.model.submission.WorkflowException;
import ru.smolensk.registry.domain.testing.InMemoryCampaigns;
import ru.smolensk.registry.domain.testing.InMemoryEvents;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.InMemorySpheres;
import ru.smolensk.registry.domain.testing.InMemorySubmissions;
import ru.smolensk.registry.domain.testing.RecordingAuditLog;
import ru.smolensk.registry.domain.testing.TestUser;

/**
 * Reusing entries without a database: a plan copied from last year's, a report started from its half-year's plan
 * (the quarter's entries, linked), moving entries up and down; every write through the entry owner and audited.
 */
class EntryReuseServiceTest {

    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final Organization smolensk = organizations.get("smolensk");
    private final Organization shumyachi = organizations.get("shumyachsky");
    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final InMemoryEvents events = new InMemoryEvents();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final TestUser user = new TestUser("smolensk", Role.OPERATOR, smolensk);
    private final SubmissionEntries entries = new SubmissionEntries(new CampaignGuard(user, new InMemoryCampaigns()),
            events, audit);
    private final EntryReuseService reuse = new EntryReuseService(user, submissions, events, entries);

    @Test
    void aPlanIsCopiedFromLastYearsSameHalfYearAfterItsOwnEntriesWithTheChosenValuesAndAudited() {
        Submission lastYear = draft(smolensk, "2030-H1", DocumentKind.PLAN);
        add(lastYear, "Фестиваль «Славянское единство»", "май 2030 года", EventFormat.HYBRID);
        add(lastYear, "Визит делегации Республики Беларусь", "июнь 2030 года", null);
        Submission older = draft(smolensk, "2029-H2", DocumentKind.PLAN);
        Submission plan = draft(smolensk, "2031-H1", DocumentKind.PLAN);
        add(plan, "Ярмарка", "март 2031 года", null);
        draft(shumyachi, "2030-H2", DocumentKind.PLAN);
        audit.records.clear();

        assertEquals(List.of(lastYear.id(), older.id()), reuse.earlierPlans(plan.id()).stream().map(Submission::id)
                .toList(), "the organisation's earlier plans, newest first");
        assertEquals(2, reuse.copyPlan(plan.id(), lastYear.id()));

        List<EventEntry> copied = inOrder(plan);
        assertEquals(List.of("Ярмарка", "Фестиваль «Славянское единство»", "Визит делегации Республики Беларусь"),
                copied.stream().map(e -> e.columns().name()).toList());
        assertEquals(List.of(1, 2, 3), copied.stream().map(EventEntry::ordinal).toList());
        assertEquals(EventFormat.HYBRID, copied.get(1).format(), "the chosen format is kept");
        assertTrue(copied.get(2).countryCodes().contains("BY"));
        assertEquals(2, audit.records.size());
        AuditRecord record = audit.records.get(0);
        assertEquals("Скопировано из плана на I полугодие 2030 года", record.summary());
        assertEquals(2, inOrder(lastYear).size(), "the source keeps its entries");
    }

    @Test
    void onlyAnotherPlanOfTheSameOrganisationIsCopiedAndOnlyIntoAChangeablePlan() {
        Submission other = draft(shumyachi, "2030-H1", DocumentKind.PLAN);
        Submission plan = draft(smolensk, "2031-H1", DocumentKind.PLAN);
        user.signIn("coordinator", Role.COORDINATOR, null);
        assertThrows(WorkflowException.class, () -> reuse.copyPlan(plan.id(), other.id()));
        assertThrows(WorkflowException.class, () -> reuse.copyPlan(plan.id(), plan.id()));

        Submission lastYear = draft(smolensk, "2030-H1", DocumentKind.PLAN);
        add(lastYear, "Фестиваль", "май 2030 года", null);
        plan.submit("smolensk", OffsetDateTime.now());
        assertThrows(SubmissionLocked.class, () -> reuse.copyPlan(plan.id(), lastYear.id()));
    }

    @Test
    void anotherOrganisationsPlansAreNotFoundForAnOperatorAndRefusedToAPartnerSystem() {
        Submission lastYear = draft(shumyachi, "2030-H1", DocumentKind.PLAN);
        Submission plan = draft(shumyachi, "2031-H1", DocumentKind.PLAN);
        user.signIn("coordinator", Role.COORDINATOR, null);
        add(lastYear, "Фестиваль", "май 2030 года", null);
        user.signIn("smolensk", Role.OPERATOR, smolensk);

        assertThrows(NotFoundException.class, () -> reuse.earlierPlans(plan.id()));
        assertThrows(NotFoundException.class, () -> reuse.copyPlan(plan.id(), lastYear.id()));
        user.signIn("federal", Role.EXCHANGE, null);
        assertThrows(AccessDeniedException.class, () -> reuse.earlierPlans(plan.id()));
        assertTrue(inOrder(plan).isEmpty());
    }

    @Test
    void aReportStartsFromItsQuartersPlanEntriesEachLinkedAndNotTwice() {
        Submission plan = draft(smolensk, "2031-H1", DocumentKind.PLAN);
        EventEntry march = add(plan, "Фестиваль", "март 2031 года", null);
        add(plan, "Форум", "май 2031 года", null);
        add(plan, "Выставка", "по согласованию сторон", null);
        Submission report = draft(smolensk, "2031-Q1", DocumentKind.REPORT);

        assertEquals(plan.id(), reuse.planOf(report.id()).orElseThrow().id());
        assertEquals(1, reuse.startReportFromPlan(report.id()));
        List<EventEntry> started = inOrder(report);
        assertEquals(1, started.size());
        assertEquals("Фестиваль", started.get(0).columns().name());
        assertEquals(march, started.get(0).planEntry(), "linked to the plan entry it reports on");
        assertNull(started.get(0).columns().outcome(), "the result is the operator's to write");

        assertEquals(0, reuse.startReportFromPlan(report.id()), "an entry reported on is not added twice");
        assertEquals(1, inOrder(report).size());
    }

    @Test
    void entriesMoveUpAndDownByRowNumberAndTheFirstDoesNotMoveUp() {
        Submission plan = draft(smolensk, "2031-H1", DocumentKind.PLAN);
        EventEntry first = add(plan, "Первое", "март 2031 года", null);
        EventEntry second = add(plan, "Второе", "апрель 2031 года", null);
        EventCommandService commands = new EventCommandService(user, submissions, events, new InMemorySpheres(),
                null, entries);
        audit.records.clear();

        commands.move(second.id(), second.version(), true);
        assertEquals(List.of("Второе", "Первое"), inOrder(plan).stream().map(e -> e.columns().name()).toList());
        assertEquals(2, audit.records.size(), "both renumbered entries are audited");
        assertTrue(audit.records.get(0).summary().contains("№ 2 → № 1"), audit.records.get(0).summary());

        commands.move(second.id(), second.version(), true);
        assertEquals(1, second.ordinal(), "the first stays first");
        commands.move(first.id(), first.version(), true);
        assertEquals(List.of("Первое", "Второе"), inOrder(plan).stream().map(e -> e.columns().name()).toList());
    }

    private Submission draft(Organization organization, String period, DocumentKind kind) {
        return submissions.save(new Submission(organization, ReportingPeriod.parse(period), kind, "test",
                OffsetDateTime.now()));
    }

    private EventEntry add(Submission submission, String name, String dates, EventFormat format) {
        OfficialColumns columns = new OfficialColumns(name, "г. Смоленск", dates, "Описание", "Цель", null,
                "30 человек");
        return entries.open(Origin.form(user), submission).add(entries.nextOrdinal(submission),
                EntrySection.of(submission, null), EntryContent.chosen(columns, null, null, format));
    }

    private List<EventEntry> inOrder(Submission submission) {
        return events.findBySubmission(submission).stream().sorted(Comparator.comparingInt(EventEntry::ordinal))
                .toList();
    }
}
