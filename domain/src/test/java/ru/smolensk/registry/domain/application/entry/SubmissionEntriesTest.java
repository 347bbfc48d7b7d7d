package ru.smolensk.registry.domain.application.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.campaign.Campaign;
import ru.smolensk.registry.domain.model.campaign.CampaignClosed;
import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.AgreementType;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.StaleVersionException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionLocked;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.domain.model.submission.WorkflowException;
import ru.smolensk.registry.domain.testing.InMemoryCampaigns;
import ru.smolensk.registry.domain.testing.InMemoryEvents;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.InMemorySubmissions;
import ru.smolensk.registry.domain.testing.RecordingAuditLog;
import ru.smolensk.registry.domain.testing.TestUser;

/**
 * Every rule of writing the entries of a plan or report, without a database: who may write them and when, where an
 * entry goes, how it is normalized, and the one audit record of each write.
 */
class SubmissionEntriesTest {

    private static final ReportingPeriod QUARTER = ReportingPeriod.parse("2031-Q1");
    private static final ReportingPeriod HALF_YEAR = ReportingPeriod.parse("2031-H1");

    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final Organization smolensk = organizations.get("smolensk");
    private final Organization shumyachi = organizations.get("shumyachsky");
    private final Organization culture = organizations.get("min_culture");
    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final InMemoryEvents events = new InMemoryEvents();
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final RecordingAuditLog audit = new RecordingAuditLog();
    private final TestUser user = new TestUser("smolensk", Role.OPERATOR, smolensk);
    private final SubmissionEntries entries = new SubmissionEntries(new CampaignGuard(user, campaigns), events,
            audit);

    @Test
    void anOperatorAddsAnEntryToTheOwnDraftNormalizedInTheOrganisationsSectionWithOneAuditRecord() {
        Submission report = draft(smolensk, QUARTER, DocumentKind.REPORT);

        EventEntry entry = entries.open(Origin.form(user), report).add(1, EntrySection.of(report, null),
                EntryContent.of(columns("Визит делегации Республики Беларусь", "15 января 2031 г.")));

        assertEquals("город Смоленск", entry.sectionTitle(), "a municipal section is the organisation's name");
        assertEquals(smolensk, entry.sectionOrganization());
        assertEquals(LocalDate.of(2031, 1, 15), entry.dates().start(), "normalized from the text");
        assertTrue(entry.countryCodes().contains("BY"), entry.countryCodes().toString());
        AuditRecord record = onlyAuditRecord();
        assertEquals(AuditAction.CREATE, record.action());
        assertEquals("smolensk", record.username());
        assertNull(record.beforeState());
        assertTrue(record.afterState().contains("Визит делегации"), record.afterState());
    }

    @Test
    void aRegionalEntryGoesToItsSpheresSectionTitledForTheKindOfDocument() {
        Sphere sphere = new Sphere("culture", "Культура", "Сфера культуры (план)", "Сфера культуры (отчет)", 1);
        Submission report = draft(culture, QUARTER, DocumentKind.REPORT);
        user.signIn("coordinator", Role.COORDINATOR, null);

        EventEntry entry = entries.open(Origin.form(user), report).add(1, EntrySection.of(report, sphere),
                EntryContent.of(columns("Гастроли театра", "март 2031 года")));

        assertEquals(sphere.titleFor(DocumentKind.REPORT), entry.sectionTitle());
        assertEquals(sphere, entry.sectionSphere());
        assertEquals(Level.REGIONAL, report.level());
    }

    @Test
    void revisingKeepsAHistoricSectionTitleAndTheAgreementsThatReadTheSameAndAuditsBeforeAndAfter() {
        Submission report = draft(smolensk, QUARTER, DocumentKind.REPORT);
        EntryEdit edit = entries.open(Origin.form(user), report);
        AgreementTerms memo = new AgreementTerms(AgreementType.MEMORANDUM, "Меморандум о сотрудничестве", null,
                null, "Меморандум о сотрудничестве");
        EventEntry entry = edit.add(1, EntrySection.asWritten("Город-герой Смоленск", report, null),
                EntryContent.chosen(columns("Встреча", "10 января 2031 г."), null, List.of(memo)));
        Agreement kept = entry.agreements().get(0);
        assertEquals(LocalDate.of(2031, 1, 10), kept.signedOn(), "an agreement without a date: the event's start");

        edit.revise(entry, EntrySection.of(report, null).keeping(entry.sectionTitle()),
                EntryContent.chosen(columns("Встреча с делегацией", "10 января 2031 г."), Set.of("CN"),
                        List.of(memo)));

        assertEquals("Город-герой Смоленск", entry.sectionTitle());
        assertEquals(Set.of("CN"), entry.countryCodes(), "the chosen countries replace the text's");
        assertEquals(kept, entry.agreements().get(0), "the same agreement, not a new one");
        assertEquals(2, audit.records.size(), "one record per write");
        AuditRecord update = audit.records.get(1);
        assertEquals(AuditAction.UPDATE, update.action());
        assertTrue(update.beforeState().contains("\"name\":\"Встреча\""), update.beforeState());
        assertTrue(update.afterState().contains("Встреча с делегацией"), update.afterState());
    }

    @Test
    void removingAuditsTheStateBeforeAndNothingAfter() {
        Submission plan = draft(smolensk, HALF_YEAR, DocumentKind.PLAN);
        EntryEdit edit = entries.open(Origin.form(user), plan);
        EventEntry entry = edit.add(1, EntrySection.of(plan, null), EntryContent.of(columns("Ярмарка", "май")));

        edit.remove(entry);

        assertTrue(events.all().isEmpty());
        AuditRecord removal = audit.records.get(1);
        assertEquals(AuditAction.DELETE, removal.action());
        assertTrue(removal.beforeState().contains("Ярмарка"), removal.beforeState());
        assertNull(removal.afterState());
    }

    @Test
    void aReceivedEntryKeepsThePartnersRecordIdAndIsAuditedUnderThePartner() {
        Submission report = draft(smolensk, QUARTER, DocumentKind.REPORT);
        TestUser partner = new TestUser("federal", Role.EXCHANGE, null);

        EventEntry entry = entries.open(Origin.exchange(partner, "m-1", OffsetDateTime.now()), report).add(1,
                EntrySection.of(report, null), EntryContent.received(columns("Форум", "март 2031 года"), "r-7"));

        assertEquals("federal", entry.sourceSystem());
        assertEquals("r-7", entry.sourceRecordId());
        assertEquals("federal", onlyAuditRecord().username());
        assertTrue(onlyAuditRecord().afterState().contains("\"sourceRecordId\":\"r-7\""),
                onlyAuditRecord().afterState());
    }

    @Test
    void linkingAReportEntryToItsPlanIsOneAuditedWrite() {
        Submission plan = draft(smolensk, HALF_YEAR, DocumentKind.PLAN);
        EventEntry planned = entries.open(Origin.form(user), plan).add(1, EntrySection.of(plan, null),
                EntryContent.of(columns("Фестиваль", "март 2031 года")));
        Submission report = draft(smolensk, QUARTER, DocumentKind.REPORT);
        EntryEdit edit = entries.open(Origin.planLink(user), report);
        EventEntry held = edit.add(1, EntrySection.of(report, null), EntryContent.of(columns("Фестиваль", "март")));

        edit.link(held, planned, "Связано с записью плана № " + planned.id());

        assertEquals(planned, held.planEntry());
        AuditRecord link = audit.records.get(2);
        assertEquals("Связано с записью плана № " + planned.id(), link.summary());
        assertTrue(link.beforeState().contains("\"planEntryId\":null"), link.beforeState());
        assertTrue(link.afterState().contains("\"planEntryId\":" + planned.id()), link.afterState());
    }

    @Test
    void anOperatorWritesOnlyTheOwnOrganisationsEntries() {
        Submission other = draft(shumyachi, QUARTER, DocumentKind.REPORT);

        assertThrows(OutsideOrganisation.class, () -> entries.open(Origin.form(user), other));
        assertThrows(OutsideOrganisation.class, () -> entries.open(Origin.importOf(user, "x.docx",
                OffsetDateTime.now()), other));
        assertTrue(audit.records.isEmpty());
    }

    @Test
    void theCoordinatorWritesAnyOrganisationsEntries() {
        user.signIn("coordinator", Role.COORDINATOR, null);
        entries.open(Origin.form(user), draft(shumyachi, QUARTER, DocumentKind.REPORT));
    }

    @Test
    void administratorsAndPartnersOutsideTheExchangeAreRefusedAndPartnersWriteOnlyByExchange() {
        Submission report = draft(smolensk, QUARTER, DocumentKind.REPORT);

        user.signIn("admin", Role.ADMIN, null);
        for (Origin origin : List.of(Origin.form(user), Origin.importOf(user, "f.docx", OffsetDateTime.now()),
                Origin.planLink(user), Origin.exchange(user, "m", OffsetDateTime.now()))) {
            assertThrows(EntryWriteRefused.class, () -> entries.open(origin, report), origin.channel().name());
        }
        user.signIn("federal", Role.EXCHANGE, null);
        assertThrows(EntryWriteRefused.class, () -> entries.open(Origin.form(user), report));
        entries.open(Origin.exchange(user, "m", OffsetDateTime.now()), report);
        user.signIn("coordinator", Role.COORDINATOR, null);
        assertThrows(EntryWriteRefused.class, () -> entries.open(Origin.exchange(user, "m", OffsetDateTime.now()),
                report), "the coordinator does not pose as a partner system");
    }

    @Test
    void aRoleThatMayNotWriteIsRefusedBeforeAnyEntryIsLookedUp() {
        for (Channel channel : List.of(Channel.FORM, Channel.FULFILMENT, Channel.PLAN_LINK)) {
            assertThrows(EntryWriteRefused.class,
                    () -> SubmissionEntries.ensureWriterRole(new TestUser("admin", Role.ADMIN, null), channel));
            SubmissionEntries.ensureWriterRole(new TestUser("coordinator", Role.COORDINATOR, null), channel);
        }
        assertThrows(EntryWriteRefused.class, () -> SubmissionEntries
                .ensureWriterRole(new TestUser("coordinator", Role.COORDINATOR, null), Channel.EXCHANGE));
        SubmissionEntries.ensureWriterRole(new TestUser("federal", Role.EXCHANGE, null), Channel.EXCHANGE);
    }

    @Test
    void entriesAreWrittenOnlyInADraftOrAReturnedSubmission() {
        Submission report = draft(smolensk, QUARTER, DocumentKind.REPORT);
        report.submit("smolensk", OffsetDateTime.now());

        SubmissionLocked locked = assertThrows(SubmissionLocked.class, () -> entries.open(Origin.form(user), report));
        assertTrue(locked.getMessage().contains("отчете; текущий статус"), locked.getMessage());
        TestUser partner = new TestUser("federal", Role.EXCHANGE, null);
        assertThrows(SubmissionLocked.class, () -> entries.open(Origin.exchange(partner, "m", OffsetDateTime.now()),
                report));

        report.returnForCorrection("coordinator", OffsetDateTime.now(), "Уточнить даты");
        entries.open(Origin.form(user), report);
        assertThrows(SubmissionLocked.class, () -> entries.ensureWritable(Origin.form(user), smolensk,
                DocumentKind.REPORT, QUARTER, SubmissionStatus.APPROVED));
    }

    @Test
    void afterTheDeadlineOnlyAnExtensionLetsTheOperatorWriteAndTheCoordinatorAndPartnersAreNotBound() {
        Campaign campaign = campaigns.save(new Campaign(DocumentKind.REPORT, Level.MUNICIPAL, QUARTER,
                LocalDate.now().minusDays(30), LocalDate.now().minusDays(1)));
        Submission report = draft(smolensk, QUARTER, DocumentKind.REPORT);

        assertThrows(CampaignClosed.class, () -> entries.open(Origin.form(user), report));
        entries.open(Origin.exchange(new TestUser("federal", Role.EXCHANGE, null), "m", OffsetDateTime.now()),
                report);
        TestUser coordinator = new TestUser("coordinator", Role.COORDINATOR, null);
        entries.open(Origin.form(coordinator), report);

        campaign.extend(smolensk, LocalDate.now().plusDays(3), "болезнь исполнителя", "coordinator",
                OffsetDateTime.now());
        entries.open(Origin.form(user), report);
        assertThrows(CampaignClosed.class, () -> entries.open(Origin.form(new TestUser("shumyachi", Role.OPERATOR,
                shumyachi)), draft(shumyachi, QUARTER, DocumentKind.REPORT)), "the extension is smolensk's");
    }

    @Test
    void aChangeOfAnEntryReadAtAnOlderVersionIsRefused() {
        Submission plan = draft(smolensk, HALF_YEAR, DocumentKind.PLAN);
        EventEntry entry = entries.open(Origin.form(user), plan).add(1, EntrySection.of(plan, null),
                EntryContent.of(columns("Ярмарка", "май")));

        SubmissionEntries.ensureVersion(entry, entry.version());
        assertThrows(StaleVersionException.class, () -> SubmissionEntries.ensureVersion(entry, entry.version() + 1));
    }

    @Test
    void aNewEntryGoesAfterTheLastOne() {
        Submission plan = draft(smolensk, HALF_YEAR, DocumentKind.PLAN);
        assertEquals(1, entries.nextOrdinal(plan));
        entries.open(Origin.form(user), plan).add(7, EntrySection.of(plan, null),
                EntryContent.of(columns("Ярмарка", "май")));
        assertEquals(8, entries.nextOrdinal(plan));
    }

    @Test
    void outcomesAreRecordedOnlyForAnApprovedPlansEntriesUntilTheLastQuartersReportDeadline() {
        Submission plan = draft(smolensk, HALF_YEAR, DocumentKind.PLAN);
        EventEntry planned = entries.open(Origin.form(user), plan).add(1, EntrySection.of(plan, null),
                EntryContent.of(columns("Ярмарка", "май 2031 года")));

        assertThrows(WorkflowException.class, () -> entries.ensureMayRecordOutcome(user, planned));
        plan.submit("smolensk", OffsetDateTime.now());
        plan.approve("coordinator", OffsetDateTime.now(), null);
        entries.ensureMayRecordOutcome(user, planned);

        campaigns.save(new Campaign(DocumentKind.REPORT, Level.MUNICIPAL, ReportingPeriod.parse("2031-Q2"),
                LocalDate.now().minusDays(30), LocalDate.now().minusDays(1)));
        assertThrows(CampaignClosed.class, () -> entries.ensureMayRecordOutcome(user, planned));
        entries.ensureMayRecordOutcome(new TestUser("coordinator", Role.COORDINATOR, null), planned);
        assertThrows(EntryWriteRefused.class, () -> entries.ensureMayRecordOutcome(new TestUser("admin", Role.ADMIN,
                null), planned));
        assertThrows(OutsideOrganisation.class, () -> entries.ensureMayRecordOutcome(new TestUser("shumyachi",
                Role.OPERATOR, shumyachi), planned));
    }

    private Submission draft(Organization organization, ReportingPeriod period, DocumentKind kind) {
        return submissions.save(new Submission(organization, period, kind, "test", OffsetDateTime.now()));
    }

    private AuditRecord onlyAuditRecord() {
        assertEquals(1, audit.records.size(), audit.records.toString());
        return audit.records.get(0);
    }

    private static OfficialColumns columns(String name, String dates) {
        return new OfficialColumns(name, "г. Смоленск", dates, "Описание", "Цель", "Итоги: состоялась встреча",
                "30 человек");
    }
}
