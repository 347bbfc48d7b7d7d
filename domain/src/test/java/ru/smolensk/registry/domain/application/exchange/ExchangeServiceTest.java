package ru.smolensk.registry.domain.application.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.testing.InMemoryCampaigns;
import ru.smolensk.registry.domain.testing.InMemoryEvents;
import ru.smolensk.registry.domain.testing.InMemoryJournal;
import ru.smolensk.registry.domain.testing.InMemoryOrganizations;
import ru.smolensk.registry.domain.testing.InMemorySpheres;
import ru.smolensk.registry.domain.testing.InMemorySubmissions;
import ru.smolensk.registry.domain.testing.RecordingAuditLog;
import ru.smolensk.registry.domain.testing.TestUser;

import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntries;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntryState;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

class ExchangeServiceTest {

    private static final String PERIOD = "2025-Q1";

    private final InMemoryOrganizations organizations = new InMemoryOrganizations();
    private final Organization smolensk = organizations.get("smolensk");
    private final InMemoryEvents events = new InMemoryEvents();
    private final InMemorySubmissions submissionStore = new InMemorySubmissions();
    private final InMemoryJournal journalStore = new InMemoryJournal();
    private final RecordingAuditLog auditLog = new RecordingAuditLog();
    private final List<AuditRecord> audit = auditLog.records;
    private final TestUser caller = new TestUser("federal", Role.EXCHANGE, null);
    private PartnerPermissions permissions = (partner, operation) -> true;
    private ReceivedEntries received = events;
    private ExchangeService service;

    @BeforeEach
    void wireServiceToInMemoryRepositories() {
        service = service();
    }

    /** The service as the container builds it, on the in-memory stores, for the current caller and permissions. */
    private ExchangeService service() {
        SubmissionEntries entries = new SubmissionEntries(new CampaignGuard(caller, new InMemoryCampaigns()), events,
                auditLog);
        return new ExchangeService(caller, organizations, new InMemorySpheres(), submissionStore, events, received,
                journalStore, auditLog, null, null, (partner, operation) -> permissions.mayCall(partner, operation),
                entries);
    }

    private List<EventEntry> entries() {
        return events.all();
    }

    private List<Submission> submissions() {
        return submissionStore.search(SubmissionQuery.all());
    }

    private List<ExchangeMessage> journal() {
        return journalStore.all();
    }

    @Test
    void newRecordsAreCreatedInTheOrganisationsDraftAndTheMessageIsJournaled() {
        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча"), record("r2", "smolensk", "Выставка")), 1234,
                "<SubmitEvents>как получено</SubmitEvents>");

        assertEquals(List.of(RecordStatus.CREATED, RecordStatus.CREATED), statuses(receipt));
        assertFalse(receipt.replayed());
        assertEquals(2, entries().size());
        assertEquals(1, submissions().size(), "both records go into one submission");
        assertEquals(List.of(1, 2), entries().stream().map(EventEntry::ordinal).toList());
        assertEquals("federal", entries().get(0).sourceSystem());
        assertEquals("r1", entries().get(0).sourceRecordId());
        assertEquals(1, journal().size());
        assertEquals(1234, journal().get(0).sizeBytes());
        assertEquals("<SubmitEvents>как получено</SubmitEvents>", journal().get(0).requestBody(),
                "the message is journaled as received");
        assertEquals(ExchangeStatus.PROCESSED, journal().get(0).status());
    }

    @Test
    void aPartnerCallsOnlyTheOperationsItIsAllowed() {
        permissions = (partner, operation) -> !operation.equals(ExchangeService.SUBMIT_EVENTS);
        ExchangeException refusal = assertThrows(ExchangeException.class, () -> service.submitEvents(
                header(UUID.randomUUID().toString(), false), List.of(record("r1", "smolensk", "Встреча")), -1, null));
        assertEquals(ExchangeFaultCode.ACCESS_DENIED, refusal.faultCode());
        assertTrue(refusal.getMessage().contains("SubmitEvents"), refusal.getMessage());
        assertTrue(entries().isEmpty());
        service.ping(header(UUID.randomUUID().toString(), false));
    }

    @Test
    void theChangesCursorIsReadBackAndAMalformedOneIsRefused() {
        ChangeCursor cursor = new ChangeCursor(java.time.OffsetDateTime.parse("2026-03-01T10:15:30.123456+03:00"), 42);
        assertEquals(cursor, ChangeCursor.parse(cursor.text()));
        assertEquals(ChangeCursor.START, ChangeCursor.parse(" "));
        for (String bad : List.of("yesterday", "2026-03-01T10:15:30+03:00~x", "~5")) {
            ExchangeException refusal = assertThrows(ExchangeException.class, () -> ChangeCursor.parse(bad), bad);
            assertEquals(ExchangeFaultCode.INVALID_CURSOR, refusal.faultCode());
        }
        assertThrows(ExchangeException.class, () -> service.changes(header(UUID.randomUUID().toString(), false),
                null, 51));
    }

    @Test
    void theHeaderIsCheckedAgainstTheConfigurationAndTheJournal() {
        OffsetDateTime now = OffsetDateTime.now();
        Map<MessageHeader, ExchangeFaultCode> faults = Map.of(
                new MessageHeader(UUID.randomUUID().toString(), null, "someone", "smolensk-registry", now.toString(),
                        false),
                ExchangeFaultCode.INVALID_SENDER,
                new MessageHeader(UUID.randomUUID().toString(), null, "federal", "elsewhere", now.toString(), false),
                ExchangeFaultCode.INVALID_RECIPIENT,
                new MessageHeader(UUID.randomUUID().toString(), null, "federal", "smolensk-registry",
                        "2026-03-01T10:15:30", false),
                ExchangeFaultCode.INVALID_TIMESTAMP,
                new MessageHeader(UUID.randomUUID().toString(), null, "federal", "smolensk-registry",
                        now.minusDays(2).toString(), false),
                ExchangeFaultCode.INVALID_TIMESTAMP,
                new MessageHeader(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "federal",
                        "smolensk-registry", now.toString(), false),
                ExchangeFaultCode.UNKNOWN_REFERENCE);
        faults.forEach((header, code) -> assertEquals(code, assertThrows(ExchangeException.class,
                () -> service.ping(header), header.toString()).faultCode(), header.toString()));
    }

    @Test
    void aMessageIdNamesOneMessageWhateverItsCase() {
        String id = UUID.randomUUID().toString();
        service.submitEvents(header(id, false), List.of(record("r1", "smolensk", "Встреча")), -1, null);
        assertTrue(service.submitEvents(header(id.toUpperCase(java.util.Locale.ROOT), false),
                List.of(record("r1", "smolensk", "Встреча")), -1, null).replayed());
        assertEquals(ExchangeFaultCode.DUPLICATE_MESSAGE_ID, assertThrows(ExchangeException.class,
                () -> service.submitEvents(header(id, true), List.of(record("r1", "smolensk", "Встреча")), -1, null))
                .faultCode(), "a test message may not reuse the id either");
        assertEquals(id, service.messageStatus(header(UUID.randomUUID().toString(), false), id.toUpperCase(
                java.util.Locale.ROOT)).messageId());
    }

    @Test
    void recordsAreCheckedAgainstTheirPeriod() {
        String farFuture = ReportingPeriod.containing(java.time.LocalDate.now(),
                ru.smolensk.registry.domain.model.period.PeriodType.QUARTER).next().next().code();
        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false), List.of(
                new IncomingRecord("p1", "REPORT", "MUNICIPAL", PERIOD, "smolensk", null, new OfficialColumns(
                        "Встреча", "г. Смоленск", "15 мая 2024 г.", null, null, null, null)),
                new IncomingRecord("p2", "REPORT", "MUNICIPAL", farFuture, "smolensk", null, new OfficialColumns(
                        "Встреча", "г. Смоленск", null, null, null, null, null))),
                -1, null);
        assertEquals(RecordStatus.CREATED, receipt.results().get(0).status());
        assertEquals("DATES_OUTSIDE_PERIOD", receipt.results().get(0).code());
        assertEquals(RecordStatus.REJECTED, receipt.results().get(1).status());
        assertEquals("FUTURE_PERIOD", receipt.results().get(1).code());
    }

    @Test
    void theSameMessageAgainGetsTheOriginalReceiptAndWritesNothing() {
        String id = UUID.randomUUID().toString();
        List<IncomingRecord> records = List.of(record("r1", "smolensk", "Встреча"));
        Receipt first = service.submitEvents(header(id, false), records, -1, null);
        int auditSize = audit.size();

        Receipt again = service.submitEvents(header(id, false), records, -1, null);

        assertTrue(again.replayed());
        assertEquals(first.results(), again.results());
        assertEquals(1, entries().size());
        assertEquals(1, journal().size());
        assertEquals(auditSize, audit.size());
    }

    @Test
    void aMessageIdWhoseReceiptIsNoLongerKeptIsStale() {
        String id = UUID.randomUUID().toString();
        List<IncomingRecord> records = List.of(record("r1", "smolensk", "Встреча"));
        service.submitEvents(header(id, false), records, -1, null);
        assertEquals(1, journalStore.forgetBodiesBefore(java.time.OffsetDateTime.now().plusMinutes(1), 100));

        ExchangeException refusal = assertThrows(ExchangeException.class,
                () -> service.submitEvents(header(id, false), records, -1, null));

        assertEquals(ExchangeFaultCode.STALE_MESSAGE_ID, refusal.faultCode());
        assertEquals(1, entries().size(), "nothing written again");
    }

    @Test
    void theSameMessageIdWithOtherContentIsRefused() {
        String id = UUID.randomUUID().toString();
        service.submitEvents(header(id, false), List.of(record("r1", "smolensk", "Встреча")), -1, null);

        ExchangeException refusal = assertThrows(ExchangeException.class, () -> service
                .submitEvents(header(id, false), List.of(record("r1", "smolensk", "Другая встреча")), -1, null));

        assertEquals(ExchangeFaultCode.DUPLICATE_MESSAGE_ID, refusal.faultCode());
        assertEquals("Встреча", entries().get(0).columns().name());
    }

    @Test
    void recordsAreKeyedByTheSendersRecordId() {
        service.submitEvents(header(UUID.randomUUID().toString(), false), List.of(record("r1", "smolensk", "Встреча")),
                -1, null);
        EventEntry stored = entries().get(0);

        Receipt same = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча")), -1, null);
        Receipt changed = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча с делегацией")), -1, null);

        assertEquals(List.of(RecordStatus.UNCHANGED), statuses(same));
        assertEquals(List.of(RecordStatus.UPDATED), statuses(changed));
        assertEquals(1, entries().size());
        assertSame(stored, entries().get(0));
        assertEquals("Встреча с делегацией", stored.columns().name());
    }

    /** A changed record whose entry another transaction deleted after its state was read is refused alone. */
    @Test
    void aChangedRecordDeletedWhileTheMessageIsReceivedIsRefusedAndTheOthersGoOn() {
        service.submitEvents(header(UUID.randomUUID().toString(), false), List.of(record("r1", "smolensk", "Встреча"),
                record("r2", "smolensk", "Выставка")), -1, null);
        ReceivedEntries stored = events;
        received = new ReceivedEntries() {
            @Override
            public Optional<EventEntry> findBySource(String system, String recordId) {
                return stored.findBySource(system, recordId);
            }

            @Override
            public Map<String, ReceivedEntryState> findStates(String system, Collection<String> recordIds) {
                Map<String, ReceivedEntryState> states = ReceivedEntries.super.findStates(system, recordIds);
                events.removeIf(e -> "r1".equals(e.sourceRecordId()));
                return states;
            }
        };
        service = service();

        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false), List.of(
                record("r1", "smolensk", "Встреча с делегацией"), record("r2", "smolensk", "Выставка книг")), -1, null);

        assertEquals(List.of(RecordStatus.REJECTED, RecordStatus.UPDATED), statuses(receipt));
        assertEquals(ExchangeFaultCode.RECORD_CONFLICT.name(), receipt.results().get(0).code());
        assertTrue(receipt.results().get(0).message().contains("удалена"), receipt.results().get(0).message());
        assertEquals("Выставка книг", entries().get(0).columns().name());
    }

    @Test
    void aTestMessageDecidesTheOutcomesButWritesNothing() {
        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), true),
                List.of(record("r1", "smolensk", "Встреча"), record("r2", "atlantis", "Визит")), -1, null);

        assertEquals(List.of(RecordStatus.CREATED, RecordStatus.REJECTED), statuses(receipt));
        assertTrue(entries().isEmpty());
        assertTrue(submissions().isEmpty());
        assertTrue(journal().isEmpty());
        assertTrue(audit.isEmpty());
    }

    @Test
    void badRecordsAreRejectedWithACodeAndTheOthersAreWritten() {
        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "atlantis", "Визит"), record("r2", "smolensk", "Встреча"),
                        record("r2", "smolensk", "Повтор"), new IncomingRecord("r3", "REPORT", "MUNICIPAL", "2032-H1",
                                "smolensk", null, new OfficialColumns("Встреча", null, null, null, null, null, null))),
                -1, null);

        assertEquals(List.of(RecordStatus.REJECTED, RecordStatus.CREATED, RecordStatus.REJECTED,
                RecordStatus.REJECTED), statuses(receipt));
        assertEquals(List.of("UNKNOWN_ORGANIZATION", "DUPLICATE_RECORD", "UNKNOWN_PERIOD"), receipt.results()
                .stream().filter(r -> r.status() == RecordStatus.REJECTED).map(RecordResult::code).toList());
        assertEquals(1, entries().size());
        assertEquals(ExchangeStatus.PARTIALLY_REJECTED, journal().get(0).status());
    }

    @Test
    void anApprovedReportIsNotChanged() {
        Submission approved = new Submission(smolensk, ReportingPeriod.parse(PERIOD), DocumentKind.REPORT, "x",
                OffsetDateTime.now());
        approved.submit("x", OffsetDateTime.now());
        approved.approve("coordinator", OffsetDateTime.now(), null);
        submissionStore.save(approved);

        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча")), -1, null);

        assertEquals("SUBMISSION_LOCKED", receipt.results().get(0).code());
        assertTrue(entries().isEmpty());
    }

    @Test
    void aMalformedMessageIdIsRefused() {
        ExchangeException refusal = assertThrows(ExchangeException.class, () -> service
                .submitEvents(header("12345", false), List.of(record("r1", "smolensk", "Встреча")), -1, null));
        assertEquals(ExchangeFaultCode.MALFORMED_MESSAGE_ID, refusal.faultCode());
        assertTrue(entries().isEmpty());
    }

    @Test
    void onlyPartnerSystemsMayCall() {
        caller.signIn("smolensk", Role.OPERATOR, null);
        ExchangeException refusal = assertThrows(ExchangeException.class,
                () -> service.submitEvents(header(UUID.randomUUID().toString(), false),
                        List.of(record("r1", "smolensk", "Встреча")), -1, null));
        assertEquals(ExchangeFaultCode.ACCESS_DENIED, refusal.faultCode());
    }

    @Test
    void theStatusOfAJournaledMessageIsKnownAndOfAnotherNot() {
        String id = UUID.randomUUID().toString();
        service.submitEvents(header(id, false), List.of(record("r1", "smolensk", "Встреча")), -1, null);

        MessageStatus status = service.messageStatus(header(UUID.randomUUID().toString(), false), id);

        assertEquals(ExchangeStatus.PROCESSED, status.status());
        assertEquals(ExchangeService.SUBMIT_EVENTS, status.operation());
        ExchangeException unknown = assertThrows(ExchangeException.class,
                () -> service.messageStatus(header(UUID.randomUUID().toString(), false),
                        UUID.randomUUID().toString()));
        assertEquals(ExchangeFaultCode.UNKNOWN_MESSAGE, unknown.faultCode());
    }

    @Test
    void theReceiptSurvivesTheJournalText() {
        Receipt receipt = new Receipt(false, List.of(new RecordResult("a\tb\\c", RecordStatus.CREATED, 51L, null, null),
                new RecordResult("d", RecordStatus.REJECTED, null, "INVALID_CONTENT", "строка 1\nстрока 2\\n")));
        assertEquals(receipt, ReceiptCodec.decode(ReceiptCodec.encode(receipt)));
    }

    private static List<RecordStatus> statuses(Receipt receipt) {
        return receipt.results().stream().map(RecordResult::status).toList();
    }

    private static MessageHeader header(String messageId, boolean test) {
        return new MessageHeader(messageId, null, "federal", PartnerPermissions.DEFAULT_REGISTRY_CODE,
                OffsetDateTime.now().toString(), test);
    }

    private static IncomingRecord record(String recordId, String organization, String name) {
        return new IncomingRecord(recordId, "REPORT", "MUNICIPAL", PERIOD, organization, null,
                new OfficialColumns(name, "г. Смоленск", "15 января 2025 г.", null, null, null, "20 человек"));
    }
}
