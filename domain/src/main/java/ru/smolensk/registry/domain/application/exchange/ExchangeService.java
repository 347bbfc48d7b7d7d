package ru.smolensk.registry.domain.application.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.document.ConsolidatedDocument;
import ru.smolensk.registry.domain.application.document.DocumentService;
import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.application.entry.SubmissionEntries;
import ru.smolensk.registry.domain.application.event.EventQueryService;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.exchange.ExchangeJournal;
import ru.smolensk.registry.domain.model.exchange.ExchangeMessage;
import ru.smolensk.registry.domain.model.exchange.ExchangeStatus;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntries;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.ApprovedSubmission;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * The exchange use cases for partner systems (role EXCHANGE): receiving event records, approved events
 * and the status of earlier messages. Every received message is journaled under (partner, message id)
 * with the digest of its content: the same message again gets the original receipt and writes nothing,
 * the same id with other content is refused. A test message is processed the same way but writes nothing.
 */
@ApplicationScoped
public class ExchangeService {

    public static final String SUBMIT_EVENTS = "SubmitEvents";
    public static final String GET_EVENTS = "GetEvents";
    public static final String GET_CHANGES = "GetChanges";
    public static final String GET_DOCUMENT = "GetDocument";
    public static final String GET_MESSAGE_STATUS = "GetMessageStatus";
    public static final String PING = "Ping";

    private static final int DEFAULT_CHANGED_SUBMISSIONS = 10;
    private static final int MAX_CHANGED_SUBMISSIONS = 50;

    private CurrentUser currentUser;
    private OrganizationRepository organizations;
    private SphereRepository spheres;
    private SubmissionRepository submissions;
    private EventEntryRepository events;
    private ExchangeJournal journal;
    private AuditLog audit;
    private EventQueryService eventQueries;
    private DocumentService documents;
    private PartnerPermissions permissions;
    private ExchangeStores stores;

    protected ExchangeService() {
        // for CDI proxies
    }

    @Inject
    public ExchangeService(CurrentUser currentUser, OrganizationRepository organizations, SphereRepository spheres,
            SubmissionRepository submissions, EventEntryRepository events, ReceivedEntries received,
            ExchangeJournal journal, AuditLog audit, EventQueryService eventQueries, DocumentService documents,
            PartnerPermissions permissions, SubmissionEntries entries) {
        this.currentUser = currentUser;
        this.organizations = organizations;
        this.spheres = spheres;
        this.submissions = submissions;
        this.events = events;
        this.journal = journal;
        this.audit = audit;
        this.eventQueries = eventQueries;
        this.documents = documents;
        this.permissions = permissions;
        this.stores = new ExchangeStores(organizations, spheres, submissions, received, audit, entries);
    }

    /**
     * Receives a batch of records.
     *
     * @param sizeBytes the size of the message as received (negative when unknown)
     * @param body the message as received, kept in the journal (null when unknown)
     * @param bodySha256 the SHA-256 of the bytes received (null when unknown: then that of the records)
     * @throws ExchangeException when the message is refused as a whole
     */
    @Transactional
    public Receipt submitEvents(MessageHeader header, List<IncomingRecord> records, long sizeBytes, String body) {
        return submitEvents(header, records, sizeBytes, body, null);
    }

    /** Receives a batch of records whose received bytes have the given SHA-256 (see the other overload). */
    @Transactional
    public Receipt submitEvents(MessageHeader header, List<IncomingRecord> records, long sizeBytes, String body,
            String bodySha256) {
        String partner = checkCaller(header, SUBMIT_EVENTS);
        String messageId = HeaderCheck.canonicalId(header.messageId(), "MessageId");
        if (records == null || records.isEmpty()) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT, "Сообщение не содержит ни одной записи");
        }
        String canonical = ContentDigest.canonical(records);
        String digest = ContentDigest.sha256(canonical);
        if (!header.test()) {
            Optional<ExchangeMessage> earlier = journal.find(partner, messageId);
            if (earlier.isPresent()) {
                return replay(earlier.get(), digest);
            }
        }
        OffsetDateTime now = OffsetDateTime.now();
        IncomingRecordWriter writer = new IncomingRecordWriter(stores, Origin.exchange(currentUser, messageId, now),
                messageId, header.test());
        Receipt receipt = new Receipt(false, writer.writeAll(records));
        if (!header.test()) {
            long size = sizeBytes >= 0 ? sizeBytes : canonical.getBytes(StandardCharsets.UTF_8).length;
            ExchangeMessage message = ExchangeMessage.received(partner, messageId,
                    header.referenceMessageId() == null
                            ? null
                            : HeaderCheck.canonicalId(header.referenceMessageId(), "ReferenceMessageId"),
                    SUBMIT_EVENTS, now, size, bodySha256 == null ? digest : bodySha256, body);
            message.answer(outcome(receipt), null, null, OffsetDateTime.now());
            message.keepReceipt(digest, ReceiptCodec.encode(receipt));
            message = journal.save(message);
            audit.append(new AuditRecord(now, partner, AuditAction.EXCHANGE, "ExchangeMessage",
                    String.valueOf(message.id()), "Принято сообщение " + messageId + " от системы «"
                            + partner + "»",
                    null, AuditJson.object(Map.of("records", records.size(), "created",
                            receipt.count(RecordStatus.CREATED), "updated", receipt.count(RecordStatus.UPDATED),
                            "rejected", receipt.count(RecordStatus.REJECTED)))));
        }
        return receipt;
    }

    /** What the journal knows about an earlier message of the caller. */
    @Transactional
    public MessageStatus messageStatus(MessageHeader header, String messageId) {
        String partner = checkCaller(header, GET_MESSAGE_STATUS);
        String id = HeaderCheck.canonicalId(messageId, "MessageId");
        ExchangeMessage message = journal.findLatest(partner, id)
                .orElseThrow(() -> new ExchangeException(ExchangeFaultCode.UNKNOWN_MESSAGE,
                        "Сообщение " + id + " от системы «" + partner + "» не поступало"));
        return new MessageStatus(message.messageId(), message.operation(), message.status(), message.receivedAt(),
                message.answeredAt(), message.faultCode(), message.testMessage());
    }

    /** Approved events matching the filter, one page. */
    @Transactional
    public ExchangedEventPage approvedEvents(MessageHeader header, EventFilter filter) {
        checkCaller(header, GET_EVENTS);
        ReportingPeriod period = optionalPeriod(filter.period());
        ReportingPeriod periodTo = optionalPeriod(filter.periodTo());
        String organization = blankToNull(filter.organizationCode());
        if (organization != null && organizations.findByCode(organization).isEmpty()) {
            throw new ExchangeException(ExchangeFaultCode.UNKNOWN_ORGANIZATION,
                    "Неизвестный код организации «" + organization + "»");
        }
        String sphere = blankToNull(filter.sphereCode());
        if (sphere != null && spheres.findByCode(sphere).isEmpty()) {
            throw new ExchangeException(ExchangeFaultCode.UNKNOWN_SPHERE, "Неизвестный код сферы «" + sphere + "»");
        }
        if (filter.page() < 0 || filter.size() < 1 || filter.size() > EventQuery.MAX_PAGE_SIZE) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT,
                    "Номер страницы должен быть не меньше 0, размер страницы — от 1 до " + EventQuery.MAX_PAGE_SIZE);
        }
        SubmissionStatus status = optionalEnum(SubmissionStatus.class, filter.status());
        if (status != null && status != SubmissionStatus.APPROVED) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT, "Элемент Status: указано «"
                    + filter.status()
                    + "», ожидается APPROVED — системам-партнерам доступны только утвержденные записи");
        }
        EventQuery query = new EventQuery(periodTo == null ? period : null,
                optionalEnum(DocumentKind.class, filter.kind()), optionalEnum(Level.class, filter.level()),
                organization, sphere, blankToNull(filter.countryCode()), null,
                status == null ? SubmissionStatus.APPROVED : status, null, null, null, null, filter.page(),
                filter.size());
        if (periodTo != null) {
            LocalDate from = period == null ? periodTo.start() : period.start();
            if (periodTo.end().isBefore(from)) {
                throw new ExchangeException(ExchangeFaultCode.UNKNOWN_PERIOD, "Конец диапазона периодов ("
                        + periodTo + ") раньше его начала (" + period + ")");
            }
            query = query.inPeriods(ReportingPeriod.between(from, periodTo.end()));
        }
        EventSummaryPage page = eventQueries.summaries(query);
        // the contract promises an exact total
        long total = page.totalExact() ? page.total() : eventQueries.count(query);
        return new ExchangedEventPage(total, filter.page(), filter.size(),
                page.items().stream().map(ExchangedEvent::of).toList());
    }

    /** Events of plans and reports approved after the cursor, oldest approval first. */
    @Transactional
    public ExchangedChanges changes(MessageHeader header, String cursor, Integer maxSubmissions) {
        checkCaller(header, GET_CHANGES);
        ChangeCursor from = ChangeCursor.parse(cursor);
        if (!from.equals(ChangeCursor.START) && !from.issuedFor(submissions.findById(from.submissionId()))) {
            throw ChangeCursor.invalid(cursor);
        }
        int max = maxSubmissions == null ? DEFAULT_CHANGED_SUBMISSIONS : maxSubmissions;
        if (max < 1 || max > MAX_CHANGED_SUBMISSIONS) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT,
                    "Число планов и отчетов в ответе — от 1 до " + MAX_CHANGED_SUBMISSIONS);
        }
        List<ApprovedSubmission> approved = submissions.approvedAfter(from.decidedAt(), from.submissionId(),
                max + 1);
        List<ApprovedSubmission> page = approved.subList(0, Math.min(max, approved.size()));
        List<ExchangedEvent> changed = events.summariesOfSubmissions(page.stream().map(ApprovedSubmission::id)
                .toList()).stream().map(ExchangedEvent::of).toList();
        ChangeCursor next = page.isEmpty() ? from : ChangeCursor.after(page.get(page.size() - 1));
        return new ExchangedChanges(next.text(), approved.size() > max, changed);
    }

    /** The consolidated official document of approved records of a kind, level and period. */
    @Transactional
    public ConsolidatedDocument approvedDocument(MessageHeader header, String kind, String level, String period) {
        checkCaller(header, GET_DOCUMENT);
        DocumentKind documentKind = requiredEnum(DocumentKind.class, kind, "Kind");
        Level documentLevel = requiredEnum(Level.class, level, "Level");
        ReportingPeriod reportingPeriod;
        try {
            reportingPeriod = ReportingPeriod.parse(period == null ? "" : period.strip());
        } catch (DomainException e) {
            throw new ExchangeException(ExchangeFaultCode.UNKNOWN_PERIOD, e.getMessage());
        }
        try {
            return documents.consolidated(documentKind, documentLevel, reportingPeriod, false);
        } catch (DomainException e) {
            throw new ExchangeException(ExchangeFaultCode.UNKNOWN_PERIOD, e.getMessage());
        }
    }

    /** Checks the connection and the credentials of a partner. */
    public void ping(MessageHeader header) {
        checkCaller(header, PING);
    }

    private static ReportingPeriod optionalPeriod(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return ReportingPeriod.parse(code.strip());
        } catch (DomainException e) {
            throw new ExchangeException(ExchangeFaultCode.UNKNOWN_PERIOD, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String element) {
        E parsed = optionalEnum(type, value);
        if (parsed == null) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT, "Не заполнен элемент " + element);
        }
        return parsed;
    }

    private Receipt replay(ExchangeMessage earlier, String digest) {
        if (!SUBMIT_EVENTS.equals(earlier.operation()) || !earlier.hasSameContent(digest)) {
            throw new ExchangeException(ExchangeFaultCode.DUPLICATE_MESSAGE_ID, "Сообщение с идентификатором "
                    + earlier.messageId() + " уже получено с другим содержимым; укажите новый идентификатор");
        }
        if (earlier.receipt() == null) {
            throw new ExchangeException(ExchangeFaultCode.STALE_MESSAGE_ID, "Сообщение с идентификатором "
                    + earlier.messageId() + " получено " + earlier.receivedAt().toLocalDate()
                    + "; его квитанция больше не хранится. Укажите новый идентификатор сообщения");
        }
        return ReceiptCodec.decode(earlier.receipt()).asReplay();
    }

    /**
     * The partner's name: the signed-in account, which must hold the role EXCHANGE and be allowed the operation.
     */
    private String checkCaller(MessageHeader header, String operation) {
        if (!currentUser.hasRole(Role.EXCHANGE)) {
            throw new ExchangeException(ExchangeFaultCode.ACCESS_DENIED,
                    "Доступ к обмену разрешен только информационным системам-партнерам");
        }
        if (!permissions.mayCall(currentUser.username(), operation)) {
            throw new ExchangeException(ExchangeFaultCode.ACCESS_DENIED, "Системе «" + currentUser.username()
                    + "» не разрешена операция " + operation);
        }
        new HeaderCheck(permissions == null ? (partner, op) -> true : permissions, journal)
                .check(currentUser.username(), header, operation);
        return currentUser.username();
    }

    private static ExchangeStatus outcome(Receipt receipt) {
        long rejected = receipt.count(RecordStatus.REJECTED);
        return rejected == 0
                ? ExchangeStatus.PROCESSED
                : rejected == receipt.results().size() ? ExchangeStatus.REJECTED : ExchangeStatus.PARTIALLY_REJECTED;
    }

    private static <E extends Enum<E>> E optionalEnum(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ExchangeException(ExchangeFaultCode.INVALID_CONTENT, "Недопустимое значение «" + value + "»");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
