package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.importing.NormalizedRow;
import ru.smolensk.registry.domain.application.importing.RowNormalizer;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntries;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/**
 * Writes the records of one message into the submissions of their organisations and periods, keyed by
 * (partner, partner's record id): a new record is appended, a known one is rewritten when it changed. In
 * a dry run (test message) it decides the same outcomes and writes nothing.
 */
final class IncomingRecordWriter {

    private static final RowNormalizer NORMALIZER = new RowNormalizer();

    private final ExchangeService deps;
    private final String partner;
    private final String messageId;
    private final boolean dryRun;
    private final OffsetDateTime now;
    private final Set<String> seenRecordIds = new HashSet<>();
    private final Map<String, Submission> submissionsByKey = new HashMap<>();
    private final Map<Submission, Integer> nextOrdinals = new HashMap<>();

    IncomingRecordWriter(ExchangeService deps, String partner, String messageId, boolean dryRun,
            OffsetDateTime now) {
        this.deps = deps;
        this.partner = partner;
        this.messageId = messageId;
        this.dryRun = dryRun;
        this.now = now;
    }

    RecordResult write(IncomingRecord record) {
        try {
            return writeChecked(record);
        } catch (RecordRejected e) {
            return RecordResult.rejected(record.recordId(), e.code, e.getMessage());
        }
    }

    private RecordResult writeChecked(IncomingRecord r) {
        String recordId = r.recordId();
        if (recordId == null || recordId.isBlank()) {
            throw new RecordRejected(ExchangeFaultCode.INVALID_CONTENT, "Не указан идентификатор записи отправителя");
        }
        if (!seenRecordIds.add(recordId)) {
            throw new RecordRejected(ExchangeFaultCode.DUPLICATE_RECORD,
                    "Запись «" + recordId + "» повторяется в сообщении");
        }
        DocumentKind kind = parse(DocumentKind.class, r.kind(), "вид документа (PLAN или REPORT)");
        Level level = parse(Level.class, r.level(), "уровень (MUNICIPAL или REGIONAL)");
        ReportingPeriod period = period(r.period(), kind);
        Organization organization = organization(deps.organizations, r.organizationCode(), level);
        Sphere sphere = sphere(r.sphereCode(), level);
        OfficialColumns columns = r.columns();
        if (columns == null || columns.name() == null || columns.name().isBlank()) {
            throw new RecordRejected(ExchangeFaultCode.INVALID_CONTENT, "Не заполнено наименование мероприятия");
        }
        String sectionTitle = level == Level.MUNICIPAL ? organization.nameOn(period.start()) : sphere.titleFor(kind);
        Section section = new Section(sectionTitle, level == Level.MUNICIPAL ? organization : null, sphere);
        Optional<EventEntry> known = deps.received.findBySource(partner, recordId);
        if (known.isPresent()) {
            return update(known.get(), organization, period, kind, section, columns, recordId);
        }
        return create(organization, period, kind, section, columns, recordId);
    }

    private RecordResult update(EventEntry entry, Organization organization, ReportingPeriod period,
            DocumentKind kind, Section section, OfficialColumns columns, String recordId) {
        Submission submission = entry.submission();
        if (!submission.organization().code().equals(organization.code()) || !submission.period().equals(period)
                || submission.kind() != kind) {
            throw new RecordRejected(ExchangeFaultCode.RECORD_CONFLICT, "Запись «" + recordId
                    + "» уже получена для другой организации, периода или вида документа");
        }
        if (columns.equals(entry.columns()) && Objects.equals(section.title, entry.sectionTitle())) {
            return RecordResult.accepted(recordId, RecordStatus.UNCHANGED, entry.id());
        }
        ensureEditable(submission);
        if (!dryRun) {
            String before = snapshot(entry);
            entry.rewrite(columns, now);
            normalize(entry, section, kind, period);
            deps.events.save(entry);
            audit(AuditAction.UPDATE, entry, before);
        }
        return RecordResult.accepted(recordId, RecordStatus.UPDATED, entry.id());
    }

    private RecordResult create(Organization organization, ReportingPeriod period, DocumentKind kind,
            Section section, OfficialColumns columns, String recordId) {
        Submission submission = submissionFor(organization, period, kind);
        ensureEditable(submission);
        if (dryRun) {
            return RecordResult.accepted(recordId, RecordStatus.CREATED, null);
        }
        EventEntry entry = new EventEntry(submission, nextOrdinal(submission), section.title, columns, now);
        entry.receivedFrom(partner, recordId);
        normalize(entry, section, kind, period);
        entry = deps.events.save(entry);
        audit(AuditAction.CREATE, entry, null);
        return RecordResult.accepted(recordId, RecordStatus.CREATED, entry.id());
    }

    private Submission submissionFor(Organization organization, ReportingPeriod period, DocumentKind kind) {
        String key = organization.code() + "/" + period.code() + "/" + kind;
        Submission cached = submissionsByKey.get(key);
        if (cached != null) {
            return cached;
        }
        Submission submission = deps.submissions.find(organization, period, kind).orElse(null);
        if (submission == null) {
            submission = new Submission(organization, period, kind, partner, now);
            if (!dryRun) {
                submission = deps.submissions.save(submission);
                deps.audit.append(new AuditRecord(now, partner, AuditAction.CREATE, "Submission",
                        String.valueOf(submission.id()), "Создан при приеме сообщения " + messageId, null,
                        AuditJson.object(Map.of("organization", organization.code(), "period", period.code(),
                                "kind", kind.name()))));
            }
        }
        submissionsByKey.put(key, submission);
        return submission;
    }

    private int nextOrdinal(Submission submission) {
        int next = nextOrdinals.computeIfAbsent(submission, s -> s.id() == null
                ? 1
                : deps.events.findBySubmission(s).stream().mapToInt(EventEntry::ordinal).max().orElse(0) + 1);
        nextOrdinals.put(submission, next + 1);
        return next;
    }

    private static void ensureEditable(Submission submission) {
        if (!submission.status().isEditable()) {
            throw new RecordRejected(ExchangeFaultCode.SUBMISSION_LOCKED, (submission.kind() == DocumentKind.PLAN
                    ? "План"
                    : "Отчет") + " организации за период " + submission.period()
                    + " уже направлен координатору или утвержден; изменения не принимаются");
        }
    }

    private static void normalize(EventEntry entry, Section section, DocumentKind kind, ReportingPeriod period) {
        NormalizedRow n = NORMALIZER.normalize(entry.columns(), kind, period, null);
        entry.placeInSection(section.title, section.organization, section.sphere);
        entry.normalize(n.dates(), n.format(), n.role(), n.participants(), n.places(), n.countries(),
                n.statuses());
        entry.clearAgreements();
        n.agreements().forEach(a -> entry.addAgreement(a.type(), a.title(), a.parties(), entry.dates().start(),
                a.rawSentence()));
    }

    private void audit(AuditAction action, EventEntry entry, String before) {
        deps.audit.append(new AuditRecord(now, partner, action, "EventEntry", String.valueOf(entry.id()),
                "Получено от системы «" + partner + "», сообщение " + messageId, before, snapshot(entry)));
    }

    private static String snapshot(EventEntry e) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("ordinal", e.ordinal());
        state.put("section", e.sectionTitle());
        state.put("sourceRecordId", e.sourceRecordId());
        for (EventField field : EventField.values()) {
            state.put(field.name().toLowerCase(Locale.ROOT), e.columns().get(field));
        }
        return AuditJson.object(state);
    }

    private static Organization organization(OrganizationRepository organizations, String code, Level level) {
        Organization organization = code == null ? null : organizations.findByCode(code.strip()).orElse(null);
        if (organization == null) {
            throw new RecordRejected(ExchangeFaultCode.UNKNOWN_ORGANIZATION,
                    "Неизвестный код организации «" + code + "»");
        }
        if (organization.level() != level) {
            throw new RecordRejected(ExchangeFaultCode.INVALID_CONTENT, "Организация «" + code + "» относится к "
                    + (organization.level() == Level.MUNICIPAL ? "муниципальному" : "региональному") + " уровню");
        }
        return organization;
    }

    private Sphere sphere(String code, Level level) {
        if (code == null || code.isBlank()) {
            if (level == Level.REGIONAL) {
                throw new RecordRejected(ExchangeFaultCode.INVALID_CONTENT,
                        "Для записи регионального уровня укажите код сферы сотрудничества");
            }
            return null;
        }
        return deps.spheres.findByCode(code.strip()).orElseThrow(() -> new RecordRejected(
                ExchangeFaultCode.UNKNOWN_SPHERE, "Неизвестный код сферы сотрудничества «" + code + "»"));
    }

    private static ReportingPeriod period(String code, DocumentKind kind) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(code);
        } catch (DomainException | IllegalArgumentException e) {
            throw new RecordRejected(ExchangeFaultCode.UNKNOWN_PERIOD, e.getMessage());
        }
        if (period.type() != kind.periodType()) {
            throw new RecordRejected(ExchangeFaultCode.UNKNOWN_PERIOD, "Период " + period + " не подходит: "
                    + "план составляется на полугодие (например, 2026-H1), отчет — за квартал (например, 2025-Q4)");
        }
        return period;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecordRejected(ExchangeFaultCode.INVALID_CONTENT, "Неверно указан " + what + ": «" + value + "»");
        }
    }

    /** Where a record goes in the official document. */
    private record Section(String title, Organization organization, Sphere sphere) {
    }

    /** One record is rejected; the others of the message go on. */
    private static final class RecordRejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final ExchangeFaultCode code;

        RecordRejected(ExchangeFaultCode code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
