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

import ru.smolensk.registry.domain.application.CurrentUser;
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

    private static final String PERIOD = "2032-Q1";

    private final Organization smolensk = new Organization("smolensk", OrganizationKind.CITY_OKRUG, "город Смоленск",
            1);
    private final List<EventEntry> entries = new ArrayList<>();
    private final List<Submission> submissions = new ArrayList<>();
    private final List<ExchangeMessage> journal = new ArrayList<>();
    private final List<AuditRecord> audit = new ArrayList<>();
    private ExchangeService service;

    @BeforeEach
    void wireServiceToInMemoryRepositories() {
        service = new ExchangeService();
        service.currentUser = caller("federal", Role.EXCHANGE);
        service.organizations = new Organizations();
        service.spheres = new Spheres();
        service.submissions = new Submissions();
        service.events = new Entries();
        service.received = (system, recordId) -> entries.stream()
                .filter(e -> system.equals(e.sourceSystem()) && recordId.equals(e.sourceRecordId())).findFirst();
        service.journal = new Journal();
        service.audit = new Audit();
    }

    @Test
    void newRecordsAreCreatedInTheOrganisationsDraftAndTheMessageIsJournaled() {
        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча"), record("r2", "smolensk", "Выставка")), 1234,
                "<SubmitEvents>как получено</SubmitEvents>");

        assertEquals(List.of(RecordStatus.CREATED, RecordStatus.CREATED), statuses(receipt));
        assertFalse(receipt.replayed());
        assertEquals(2, entries.size());
        assertEquals(1, submissions.size(), "both records go into one submission");
        assertEquals(List.of(1, 2), entries.stream().map(EventEntry::ordinal).toList());
        assertEquals("federal", entries.get(0).sourceSystem());
        assertEquals("r1", entries.get(0).sourceRecordId());
        assertEquals(1, journal.size());
        assertEquals(1234, journal.get(0).sizeBytes());
        assertEquals("<SubmitEvents>как получено</SubmitEvents>", journal.get(0).requestBody(),
                "the message is journaled as received");
        assertEquals(ExchangeStatus.PROCESSED, journal.get(0).status());
    }

    @Test
    void aPartnerCallsOnlyTheOperationsItIsAllowed() {
        service.permissions = (partner, operation) -> !operation.equals(ExchangeService.SUBMIT_EVENTS);
        ExchangeException refusal = assertThrows(ExchangeException.class, () -> service.submitEvents(
                header(UUID.randomUUID().toString(), false), List.of(record("r1", "smolensk", "Встреча")), -1, null));
        assertEquals(ExchangeFaultCode.ACCESS_DENIED, refusal.faultCode());
        assertTrue(refusal.getMessage().contains("SubmitEvents"), refusal.getMessage());
        assertTrue(entries.isEmpty());
        service.ping(header(UUID.randomUUID().toString(), false));
    }

    @Test
    void theChangesCursorIsReadBackAndAMalformedOneIsRefused() {
        ChangeCursor cursor = new ChangeCursor(java.time.OffsetDateTime.parse("2026-03-01T10:15:30.123456+03:00"), 42);
        assertEquals(cursor, ChangeCursor.parse(cursor.text()));
        assertEquals(ChangeCursor.START, ChangeCursor.parse(" "));
        for (String bad : List.of("yesterday", "2026-03-01T10:15:30+03:00~x", "~5")) {
            ExchangeException refusal = assertThrows(ExchangeException.class, () -> ChangeCursor.parse(bad), bad);
            assertEquals(ExchangeFaultCode.INVALID_CONTENT, refusal.faultCode());
        }
        assertThrows(ExchangeException.class, () -> service.changes(header(UUID.randomUUID().toString(), false),
                null, 51));
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
        assertEquals(1, entries.size());
        assertEquals(1, journal.size());
        assertEquals(auditSize, audit.size());
    }

    @Test
    void aMessageIdWhoseReceiptIsNoLongerKeptIsStale() {
        String id = UUID.randomUUID().toString();
        List<IncomingRecord> records = List.of(record("r1", "smolensk", "Встреча"));
        service.submitEvents(header(id, false), records, -1, null);
        assertEquals(1, new Journal().forgetBodiesBefore(java.time.OffsetDateTime.now().plusMinutes(1)));

        ExchangeException refusal = assertThrows(ExchangeException.class,
                () -> service.submitEvents(header(id, false), records, -1, null));

        assertEquals(ExchangeFaultCode.STALE_MESSAGE_ID, refusal.faultCode());
        assertEquals(1, entries.size(), "nothing written again");
    }

    @Test
    void theSameMessageIdWithOtherContentIsRefused() {
        String id = UUID.randomUUID().toString();
        service.submitEvents(header(id, false), List.of(record("r1", "smolensk", "Встреча")), -1, null);

        ExchangeException refusal = assertThrows(ExchangeException.class, () -> service
                .submitEvents(header(id, false), List.of(record("r1", "smolensk", "Другая встреча")), -1, null));

        assertEquals(ExchangeFaultCode.DUPLICATE_MESSAGE_ID, refusal.faultCode());
        assertEquals("Встреча", entries.get(0).columns().name());
    }

    @Test
    void recordsAreKeyedByTheSendersRecordId() {
        service.submitEvents(header(UUID.randomUUID().toString(), false), List.of(record("r1", "smolensk", "Встреча")),
                -1, null);
        EventEntry stored = entries.get(0);

        Receipt same = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча")), -1, null);
        Receipt changed = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча с делегацией")), -1, null);

        assertEquals(List.of(RecordStatus.UNCHANGED), statuses(same));
        assertEquals(List.of(RecordStatus.UPDATED), statuses(changed));
        assertEquals(1, entries.size());
        assertSame(stored, entries.get(0));
        assertEquals("Встреча с делегацией", stored.columns().name());
    }

    /** A changed record whose entry another transaction deleted after its state was read is refused alone. */
    @Test
    void aChangedRecordDeletedWhileTheMessageIsReceivedIsRefusedAndTheOthersGoOn() {
        service.submitEvents(header(UUID.randomUUID().toString(), false), List.of(record("r1", "smolensk", "Встреча"),
                record("r2", "smolensk", "Выставка")), -1, null);
        ReceivedEntries stored = service.received;
        service.received = new ReceivedEntries() {
            @Override
            public Optional<EventEntry> findBySource(String system, String recordId) {
                return stored.findBySource(system, recordId);
            }

            @Override
            public Map<String, ReceivedEntryState> findStates(String system, Collection<String> recordIds) {
                Map<String, ReceivedEntryState> states = ReceivedEntries.super.findStates(system, recordIds);
                entries.removeIf(e -> "r1".equals(e.sourceRecordId()));
                return states;
            }
        };

        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false), List.of(
                record("r1", "smolensk", "Встреча с делегацией"), record("r2", "smolensk", "Выставка книг")), -1, null);

        assertEquals(List.of(RecordStatus.REJECTED, RecordStatus.UPDATED), statuses(receipt));
        assertEquals(ExchangeFaultCode.RECORD_CONFLICT.name(), receipt.results().get(0).code());
        assertTrue(receipt.results().get(0).message().contains("удалена"), receipt.results().get(0).message());
        assertEquals("Выставка книг", entries.get(0).columns().name());
    }

    @Test
    void aTestMessageDecidesTheOutcomesButWritesNothing() {
        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), true),
                List.of(record("r1", "smolensk", "Встреча"), record("r2", "atlantis", "Визит")), -1, null);

        assertEquals(List.of(RecordStatus.CREATED, RecordStatus.REJECTED), statuses(receipt));
        assertTrue(entries.isEmpty());
        assertTrue(submissions.isEmpty());
        assertTrue(journal.isEmpty());
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
        assertEquals(1, entries.size());
        assertEquals(ExchangeStatus.PARTIALLY_REJECTED, journal.get(0).status());
    }

    @Test
    void anApprovedReportIsNotChanged() {
        Submission approved = new Submission(smolensk, ReportingPeriod.parse(PERIOD), DocumentKind.REPORT, "x",
                OffsetDateTime.now());
        approved.submit("x", OffsetDateTime.now());
        approved.approve("coordinator", OffsetDateTime.now(), null);
        submissions.add(approved);

        Receipt receipt = service.submitEvents(header(UUID.randomUUID().toString(), false),
                List.of(record("r1", "smolensk", "Встреча")), -1, null);

        assertEquals("SUBMISSION_LOCKED", receipt.results().get(0).code());
        assertTrue(entries.isEmpty());
    }

    @Test
    void aMalformedMessageIdIsRefused() {
        ExchangeException refusal = assertThrows(ExchangeException.class, () -> service
                .submitEvents(header("12345", false), List.of(record("r1", "smolensk", "Встреча")), -1, null));
        assertEquals(ExchangeFaultCode.MALFORMED_MESSAGE_ID, refusal.faultCode());
        assertTrue(entries.isEmpty());
    }

    @Test
    void onlyPartnerSystemsMayCall() {
        service.currentUser = caller("smolensk", Role.OPERATOR);
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
        return new MessageHeader(messageId, null, "FEDERAL", "SMOLENSK", "2032-01-15T10:00:00+03:00", test);
    }

    private static IncomingRecord record(String recordId, String organization, String name) {
        return new IncomingRecord(recordId, "REPORT", "MUNICIPAL", PERIOD, organization, null,
                new OfficialColumns(name, "г. Смоленск", "15 января 2032 г.", null, null, null, "20 человек"));
    }

    private static CurrentUser caller(String name, Role role) {
        return new CurrentUser() {
            @Override
            public String username() {
                return name;
            }

            @Override
            public boolean hasRole(Role r) {
                return r == role;
            }

            @Override
            public Optional<Organization> organization() {
                return Optional.empty();
            }
        };
    }

    private final class Organizations implements OrganizationRepository {
        @Override
        public List<Organization> findAll() {
            return List.of(smolensk);
        }

        @Override
        public List<Organization> findByKinds(List<OrganizationKind> kinds) {
            return findAll();
        }

        @Override
        public Optional<Organization> findByCode(String code) {
            return Optional.of(smolensk).filter(o -> o.code().equals(code));
        }

        @Override
        public Optional<Organization> findById(long id) {
            return Optional.empty();
        }

        @Override
        public Organization save(Organization organization) {
            return organization;
        }
    }

    private static final class Spheres implements SphereRepository {
        @Override
        public List<Sphere> findAll() {
            return List.of();
        }

        @Override
        public Optional<Sphere> findByCode(String code) {
            return Optional.empty();
        }

        @Override
        public Optional<Sphere> findById(long id) {
            return Optional.empty();
        }

        @Override
        public Sphere save(Sphere sphere) {
            return sphere;
        }
    }

    private final class Submissions implements SubmissionRepository {
        @Override
        public List<Submission> approvedAfter(java.time.OffsetDateTime decidedAt, long id, int limit) {
            return submissions.stream()
                    .filter(s -> s.status() == ru.smolensk.registry.domain.model.submission.SubmissionStatus.APPROVED)
                    .filter(s -> s.decidedAt().isAfter(decidedAt) || s.decidedAt().isEqual(decidedAt) && s.id() > id)
                    .sorted(java.util.Comparator.comparing(Submission::decidedAt).thenComparing(Submission::id))
                    .limit(limit).toList();
        }

        @Override
        public Optional<Submission> findById(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Submission> find(Organization organization, ReportingPeriod period, DocumentKind kind) {
            return submissions.stream().filter(s -> s.organization() == organization && s.period().equals(period)
                    && s.kind() == kind).findFirst();
        }

        @Override
        public List<Submission> findByPeriod(ReportingPeriod period, DocumentKind kind, Level level) {
            return List.of();
        }

        @Override
        public List<Submission> findByOrganization(Organization organization) {
            return List.of();
        }

        @Override
        public List<Submission> search(SubmissionQuery query) {
            return List.of();
        }

        @Override
        public Submission save(Submission submission) {
            if (!submissions.contains(submission)) {
                submissions.add(submission);
            }
            return submission;
        }
    }

    private final class Entries implements EventEntryRepository {
        @Override
        public Optional<EventEntry> findById(long id) {
            return Optional.empty();
        }

        @Override
        public List<EventEntry> findBySubmission(Submission submission) {
            return entries.stream().filter(e -> e.submission() == submission).toList();
        }

        @Override
        public EventPage search(EventQuery query) {
            return new EventPage(List.of(), 0);
        }

        @Override
        public EventEntry save(EventEntry entry) {
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
            return entry;
        }

        @Override
        public void delete(EventEntry entry) {
            entries.remove(entry);
        }
    }

    private final class Journal implements ExchangeJournal {
        @Override
        public Optional<ExchangeMessage> find(String partner, String messageId) {
            return journal.stream().filter(m -> m.partner().equals(partner) && m.messageId().equals(messageId))
                    .findFirst();
        }

        @Override
        public ExchangeMessage save(ExchangeMessage message) {
            journal.add(message);
            return message;
        }

        @Override
        public int forgetBodiesBefore(java.time.OffsetDateTime before) {
            int forgotten = 0;
            for (ExchangeMessage m : journal) {
                if (m.receivedAt().isBefore(before) && m.responseBody() != null) {
                    m.forgetBodies();
                    forgotten++;
                }
            }
            return forgotten;
        }

        @Override
        public Optional<ExchangeMessage> findById(long id) {
            return journal.stream().filter(m -> m.id() != null && m.id() == id).findFirst();
        }

        @Override
        public List<ru.smolensk.registry.domain.model.exchange.JournalLine> search(String partner,
                ru.smolensk.registry.domain.model.exchange.ExchangeDirection direction, ExchangeStatus status,
                int limit) {
            throw new UnsupportedOperationException("the use cases do not list the journal");
        }
    }

    private final class Audit implements AuditLog {
        @Override
        public void append(AuditRecord record) {
            audit.add(record);
        }

        @Override
        public List<AuditRecord> search(String entityType, String entityId, String username, OffsetDateTime from,
                OffsetDateTime to, int limit) {
            return List.copyOf(audit);
        }
    }
}
