package ru.smolensk.registry.domain.application.exchange;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ru.smolensk.registry.domain.application.AuditJson;
import ru.smolensk.registry.domain.application.importing.NormalizedRow;
import ru.smolensk.registry.domain.application.importing.RowNormalizer;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntryState;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
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

    private static final RowNormalizer NORMALIZER = new RowNormalizer();

    private final ExchangeService deps;
    private final String partner;
    private final String messageId;
    private final boolean dryRun;
    private final OffsetDateTime now;
    private final Set<String> seenRecordIds = new HashSet<>();
    private final Map<String, Optional<Organization>> organizationsByCode = new HashMap<>();
    private final Map<String, Optional<Sphere>> spheresByCode = new HashMap<>();
    private final Map<String, Slot> slotsByKey = new HashMap<>();
    /** The municipal section titles of this message, by organisation and period (a name valid on its start). */
    private final Map<OrganizationPeriod, String> municipalTitles = new HashMap<>();
    private Map<String, ReceivedEntryState> states = Map.of();
    private Map<String, EventEntry> rewritten = Map.of();

    IncomingRecordWriter(ExchangeService deps, String partner, String messageId, boolean dryRun,
            OffsetDateTime now) {
        this.deps = deps;
        this.partner = partner;
        this.messageId = messageId;
        this.dryRun = dryRun;
        this.now = now;
    }

    /** The result of every record, in the order of the message. */
    List<RecordResult> writeAll(List<IncomingRecord> records) {
        Set<String> recordIds = new LinkedHashSet<>();
        records.forEach(r -> {
            if (r.recordId() != null && !r.recordId().isBlank()) {
                recordIds.add(r.recordId());
            }
        });
        states = deps.received.findStates(partner, recordIds);
        List<Step> steps = records.stream().map(this::resolve).toList();
        Set<String> changed = new LinkedHashSet<>();
        steps.stream().filter(Step::rewrites).forEach(step -> changed.add(step.recordId));
        if (!dryRun && !changed.isEmpty()) {
            rewritten = deps.received.findBySources(partner, changed);
        }
        return steps.stream().map(this::apply).toList();
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
        Organization organization = organization(r.organizationCode(), level);
        Sphere sphere = sphere(r.sphereCode(), level);
        OfficialColumns columns = r.columns();
        if (columns == null || columns.name() == null || columns.name().isBlank()) {
            throw new RecordRejected(ExchangeFaultCode.INVALID_CONTENT, "Не заполнено наименование мероприятия");
        }
        String sectionTitle = level == Level.MUNICIPAL
                ? municipalTitles.computeIfAbsent(new OrganizationPeriod(organization, period),
                        key -> organization.nameOn(period.start()))
                : sphere.titleFor(kind);
        Section section = new Section(sectionTitle, level == Level.MUNICIPAL ? organization : null, sphere, kind,
                period);
        ReceivedEntryState stored = states.get(recordId);
        if (stored != null) {
            return resolveUpdate(stored, organization, section, columns, recordId);
        }
        Slot slot = slot(organization, period, kind);
        ensureEditable(slot.status(), kind, period);
        return new Step(null, recordId, null, slot, slot.nextOrdinal++, section, columns);
    }

    private Step resolveUpdate(ReceivedEntryState stored, Organization organization, Section section,
            OfficialColumns columns, String recordId) {
        if (!stored.organizationCode().equals(organization.code()) || !stored.period().equals(section.period)
                || stored.kind() != section.kind) {
            throw new RecordRejected(ExchangeFaultCode.RECORD_CONFLICT, "Запись «" + recordId
                    + "» уже получена для другой организации, периода или вида документа");
        }
        if (columns.equals(stored.columns()) && Objects.equals(section.title, stored.sectionTitle())) {
            return Step.decided(RecordResult.accepted(recordId, RecordStatus.UNCHANGED, stored.entryId()));
        }
        ensureEditable(stored.status(), stored.kind(), stored.period());
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
        EventEntry entry = new EventEntry(step.slot.submission(), step.ordinal, step.section.title, step.columns,
                now);
        entry.receivedFrom(partner, step.recordId);
        normalize(entry, step.section);
        entry = deps.events.save(entry);
        audit(AuditAction.CREATE, entry, null);
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
        Submission submission = entry.submission();
        ensureEditable(submission.status(), submission.kind(), submission.period());
        String before = snapshot(entry);
        entry.rewrite(step.columns, now);
        normalize(entry, step.section);
        deps.events.save(entry);
        audit(AuditAction.UPDATE, entry, before);
    }

    /** The submission a new record goes to: found now, created (once) when the first record is applied. */
    private Slot slot(Organization organization, ReportingPeriod period, DocumentKind kind) {
        return slotsByKey.computeIfAbsent(organization.code() + "/" + period.code() + "/" + kind, key -> {
            Submission found = deps.submissions.find(organization, period, kind).orElse(null);
            return new Slot(organization, period, kind, found, found == null ? 1 : deps.events.maxOrdinal(found) + 1);
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
                submission = deps.submissions.save(new Submission(organization, period, kind, partner, now));
                deps.audit.append(new AuditRecord(now, partner, AuditAction.CREATE, "Submission",
                        String.valueOf(submission.id()), "Создан при приеме сообщения " + messageId, null,
                        AuditJson.object(Map.of("organization", organization.code(), "period", period.code(), "kind",
                                kind.name()))));
            }
            return submission;
        }
    }

    private static void ensureEditable(SubmissionStatus status, DocumentKind kind, ReportingPeriod period) {
        if (!status.isEditable()) {
            throw new RecordRejected(ExchangeFaultCode.SUBMISSION_LOCKED, (kind == DocumentKind.PLAN
                    ? "План"
                    : "Отчет") + " организации за период " + period
                    + " уже направлен координатору или утвержден; изменения не принимаются");
        }
    }

    private static void normalize(EventEntry entry, Section section) {
        NormalizedRow n = NORMALIZER.normalize(entry.columns(), section.kind, section.period, null);
        entry.placeInSection(section.title, section.organization, section.sphere);
        entry.normalize(n.dates(), n.format(), n.role(), n.participants(), n.places(), n.countries(),
                n.statuses());
        entry.replaceAgreements(n.agreementTerms(entry.dates().start()));
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

    private Organization organization(String code, Level level) {
        Organization organization = code == null
                ? null
                : organizationsByCode.computeIfAbsent(code.strip(), deps.organizations::findByCode).orElse(null);
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
        return spheresByCode.computeIfAbsent(code.strip(), deps.spheres::findByCode)
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
    private record Section(String title, Organization organization, Sphere sphere, DocumentKind kind,
            ReportingPeriod period) {
    }

    /**
     * A resolved record: either its result is decided already (rejected, unchanged), or it rewrites a known entry
     * (its stored state), or it becomes a new entry of a submission at a row number.
     */
    private record Step(RecordResult decided, String recordId, ReceivedEntryState stored, Slot slot, int ordinal,
            Section section, OfficialColumns columns) {

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

    private record OrganizationPeriod(Organization organization, ReportingPeriod period) {
    }
}
