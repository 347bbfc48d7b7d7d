package ru.smolensk.registry.domain.application.exchange;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.entry.EntryContent;
import ru.smolensk.registry.domain.application.entry.EntryEdit;
import ru.smolensk.registry.domain.application.entry.EntrySection;
import ru.smolensk.registry.domain.application.entry.Origin;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntryState;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.PeriodKindMismatch;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * Writes the records of one message into the submissions of their organisations and periods, keyed by
 * (partner, partner's record id): a new record is appended, a known one is rewritten when it changed. In
 * a dry run (test message) it decides the same outcomes and writes nothing.
 *
 * <p>It works in two passes: first every record is checked and resolved with reads only (the stored state of the
 * known entries of the whole message in one projection, then the entries that changed in one query), then the
 * changes are applied with writes only, so the persistence context is flushed once, at commit, instead of before
 * every read. A record resent unchanged builds no entry at all.
 */
final class IncomingRecordWriter {

    private final ExchangeStores stores;
    private final Origin origin;
    private final String messageId;
    private final boolean dryRun;
    private final Set<String> seenRecordIds = new HashSet<>();
    private final Map<String, Optional<Organization>> organizationsByCode = new HashMap<>();
    private final Map<String, Optional<Sphere>> spheresByCode = new HashMap<>();
    private final Map<String, Slot> slotsByKey = new HashMap<>();
    /** The sections of this message (a municipal title is the organisation's name on the period's start). */
    private final Map<SectionKey, EntrySection> sections = new HashMap<>();
    /** The submissions opened for writing, once each. */
    private final Map<Submission, EntryEdit> edits = new IdentityHashMap<>();
    private Map<String, ReceivedEntryState> states = Map.of();
    private Map<String, EventEntry> rewritten = Map.of();
    private final RecordPeriodCheck periodCheck;
    /** Warnings about accepted records, by record id (dates outside their period). */
    private final Map<String, String> warnings = new HashMap<>();

    IncomingRecordWriter(ExchangeStores stores, Origin origin, String messageId, boolean dryRun) {
        this.stores = stores;
        this.origin = origin;
        this.messageId = messageId;
        this.dryRun = dryRun;
        this.periodCheck = new RecordPeriodCheck(origin.at().toLocalDate());
    }

    /** The result of every record, in the order of the message. */
    List<RecordResult> writeAll(List<IncomingRecord> records) {
        Set<String> recordIds = new LinkedHashSet<>();
        records.forEach(r -> {
            if (r.recordId() != null && !r.recordId().isBlank()) {
                recordIds.add(r.recordId());
            }
        });
        states = stores.received().findStates(partner(), recordIds);
        List<Step> steps = records.stream().map(this::resolve).toList();
        Set<String> changed = new LinkedHashSet<>();
        steps.stream().filter(Step::rewrites).forEach(step -> changed.add(step.recordId));
        if (!dryRun && !changed.isEmpty()) {
            rewritten = stores.received().findBySources(partner(), changed);
        }
        return steps.stream().map(this::apply).map(this::withWarning).toList();
    }

    /** An accepted record's result with its warning, if any (as code and message). */
    private RecordResult withWarning(RecordResult result) {
        String warning = result.status() == RecordStatus.REJECTED ? null : warnings.get(result.recordId());
        return warning == null
                ? result
                : new RecordResult(result.recordId(), result.status(), result.entryId(),
                        ExchangeFaultCode.DATES_OUTSIDE_PERIOD.name(), warning);
    }

    private Step resolve(IncomingRecord record) {
        try {
            return resolveChecked(record);
        } catch (RecordRejected e) {
            return Step.decided(RecordResult.rejected(record.recordId(), e.code, e.getMessage()));
        }
    }

    private RecordResult apply(Step step) {
        try {
            return applyChecked(step);
        } catch (RecordRejected e) {
            return RecordResult.rejected(step.recordId, e.code, e.getMessage());
        }
    }

    private Step resolveChecked(IncomingRecord r) {
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
        String tooFar = periodCheck.refusal(period);
        if (tooFar != null) {
            throw new RecordRejected(ExchangeFaultCode.FUTURE_PERIOD, tooFar);
        }
        Organization organization = organization(r.organizationCode(), level);
        Sphere sphere = sphere(r.sphereCode(), level);
        OfficialColumns columns = r.columns();
        if (columns == null || columns.name() == null || columns.name().isBlank()) {
            throw new RecordRejected(ExchangeFaultCode.INVALID_CONTENT, "Не заполнено наименование мероприятия");
        }
        Sphere sectionSphere = level == Level.MUNICIPAL ? null : sphere;
        EntrySection section = sections.computeIfAbsent(new SectionKey(organization, kind, period, sectionSphere),
                key -> EntrySection.of(organization, kind, period, sectionSphere));
        String warning = periodCheck.warning(columns, period);
        if (warning != null) {
            warnings.put(recordId, warning);
        }
        ReceivedEntryState stored = states.get(recordId);
        if (stored != null) {
            return resolveUpdate(stored, organization, kind, period, section, columns, recordId);
        }
        Slot slot = slot(organization, period, kind);
        ensureWritable(organization, kind, period, slot.status());
        return new Step(null, recordId, null, slot, slot.nextOrdinal++, section, columns);
    }

    private Step resolveUpdate(ReceivedEntryState stored, Organization organization, DocumentKind kind,
            ReportingPeriod period, EntrySection section, OfficialColumns columns, String recordId) {
        if (!stored.organizationCode().equals(organization.code()) || !stored.period().equals(period)
                || stored.kind() != kind) {
            throw new RecordRejected(ExchangeFaultCode.RECORD_CONFLICT, "Запись «" + recordId
                    + "» уже получена для другой организации, периода или вида документа");
        }
        if (columns.equals(stored.columns()) && Objects.equals(section.title(), stored.sectionTitle())) {
            return Step.decided(RecordResult.accepted(recordId, RecordStatus.UNCHANGED, stored.entryId()));
        }
        ensureWritable(organization, kind, period, stored.status());
        return new Step(null, recordId, stored, null, 0, section, columns);
    }

    private RecordResult applyChecked(Step step) {
        if (step.decided != null) {
            return step.decided;
        }
        if (step.stored != null) {
            if (!dryRun) {
                rewrite(step);
            }
            return RecordResult.accepted(step.recordId, RecordStatus.UPDATED, step.stored.entryId());
        }
        if (dryRun) {
            return RecordResult.accepted(step.recordId, RecordStatus.CREATED, null);
        }
        EventEntry entry = edit(step.slot.submission()).add(step.ordinal, step.section,
                EntryContent.received(step.columns, step.recordId));
        return RecordResult.accepted(step.recordId, RecordStatus.CREATED, entry.id());
    }

    /**
     * Rewrites a changed entry, read again as an entity in this transaction: should it have been deleted, or its
     * submission sent to the coordinator, since its state was read, the record is refused.
     */
    private void rewrite(Step step) {
        EventEntry entry = rewritten.get(step.recordId);
        if (entry == null) {
            throw new RecordRejected(ExchangeFaultCode.RECORD_CONFLICT,
                    "Запись «" + step.recordId + "» удалена во время приема сообщения; отправьте ее снова");
        }
        edit(entry.submission()).revise(entry, step.section, EntryContent.of(step.columns));
    }

    /** The submission opened for writing (its status is checked again: it may have been sent meanwhile). */
    private EntryEdit edit(Submission submission) {
        EntryEdit edit = edits.get(submission);
        if (edit == null) {
            try {
                edit = stores.entries().open(origin, submission);
            } catch (DomainException e) {
                throw new RecordRejected(ExchangeFaultCode.ofRule(e), e.getMessage());
            }
            edits.put(submission, edit);
        }
        return edit;
    }

    private void ensureWritable(Organization organization, DocumentKind kind, ReportingPeriod period,
            SubmissionStatus status) {
        try {
            stores.entries().ensureWritable(origin, organization, kind, period, status);
        } catch (DomainException e) {
            throw new RecordRejected(ExchangeFaultCode.ofRule(e), e.getMessage());
        }
    }

    private String partner() {
        return origin.actor().username();
    }

    /** The submission a new record goes to: found now, created (once) when the first record is applied. */
    private Slot slot(Organization organization, ReportingPeriod period, DocumentKind kind) {
        return slotsByKey.computeIfAbsent(organization.code() + "/" + period.code() + "/" + kind, key -> {
            Submission found = stores.submissions().find(organization, period, kind).orElse(null);
            return new Slot(organization, period, kind, found, found == null ? 1 : stores.entries().nextOrdinal(found));
        });
    }

    /** A submission that new records go to, and the next row number in it. */
    private final class Slot {
        private final Organization organization;
        private final ReportingPeriod period;
        private final DocumentKind kind;
        private Submission submission;
        private int nextOrdinal;

        Slot(Organization organization, ReportingPeriod period, DocumentKind kind, Submission submission,
                int nextOrdinal) {
            this.organization = organization;
            this.period = period;
            this.kind = kind;
            this.submission = submission;
            this.nextOrdinal = nextOrdinal;
        }

        /** The status of the submission; a submission still to be created starts as a draft. */
        SubmissionStatus status() {
            return submission == null ? SubmissionStatus.DRAFT : submission.status();
        }

        Submission submission() {
            if (submission == null) {
                submission = stores.submissions().save(new Submission(organization, period, kind, partner(),
                        origin.at()));
                stores.audit().append(new AuditRecord(origin.at(), partner(), AuditAction.CREATE, "Submission",
                        String.valueOf(submission.id()), "Создан при приеме сообщения " + messageId, null,
                        AuditJson.object(Map.of("organization", organization.code(), "period", period.code(), "kind",
                                kind.name()))));
            }
            return submission;
        }
    }

    private Organization organization(String code, Level level) {
        Organization organization = code == null
                ? null
                : organizationsByCode.computeIfAbsent(code.strip(), stores.organizations()::findByCode).orElse(null);
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
        return spheresByCode.computeIfAbsent(code.strip(), stores.spheres()::findByCode)
                .orElseThrow(() -> new RecordRejected(
                        ExchangeFaultCode.UNKNOWN_SPHERE, "Неизвестный код сферы сотрудничества «" + code + "»"));
    }

    private static ReportingPeriod period(String code, DocumentKind kind) {
        ReportingPeriod period;
        try {
            period = ReportingPeriod.parse(code);
        } catch (DomainException | IllegalArgumentException e) {
            throw new RecordRejected(ExchangeFaultCode.UNKNOWN_PERIOD, e.getMessage());
        }
        try {
            Submission.ensurePeriodSuits(kind, period);
        } catch (PeriodKindMismatch e) {
            throw new RecordRejected(ExchangeFaultCode.UNKNOWN_PERIOD, e.getMessage());
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

    /**
     * A resolved record: either its result is decided already (rejected, unchanged), or it rewrites a known entry
     * (its stored state), or it becomes a new entry of a submission at a row number.
     */
    private record Step(RecordResult decided, String recordId, ReceivedEntryState stored, Slot slot, int ordinal,
            EntrySection section, OfficialColumns columns) {

        static Step decided(RecordResult result) {
            return new Step(result, null, null, null, 0, null, null);
        }

        boolean rewrites() {
            return decided == null && stored != null;
        }
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

    /** The key of a section: organisations and spheres are equal by their codes. */
    private record SectionKey(Organization organization, DocumentKind kind, ReportingPeriod period, Sphere sphere) {
    }
}
