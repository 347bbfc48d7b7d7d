package ru.smolensk.registry.domain.application.entry;

import java.util.Objects;

import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.normalization.NormalizedRow;
import ru.smolensk.registry.domain.normalization.RowNormalizer;

/**
 * The entries of one plan or report opened for writing by {@link SubmissionEntries#open}: every write places the
 * entry in its section, normalizes it (keeping its agreements when they read the same) and appends exactly one
 * audit record with the state before and after.
 */
public final class EntryEdit {

    /** The entity type of entries in the audit log. */
    public static final String AUDIT_ENTITY = "EventEntry";

    private final Origin origin;
    private final Submission submission;
    private final EventEntryRepository events;
    private final AuditLog audit;
    private final RowNormalizer normalizer;

    EntryEdit(Origin origin, Submission submission, EventEntryRepository events, AuditLog audit,
            RowNormalizer normalizer) {
        this.origin = origin;
        this.submission = submission;
        this.events = events;
        this.audit = audit;
        this.normalizer = normalizer;
    }

    public Submission submission() {
        return submission;
    }

    /** Adds an entry at this row number. */
    public EventEntry add(int ordinal, EntrySection section, EntryContent content) {
        EventEntry entry = new EventEntry(submission, ordinal, section.title(), content.columns(), origin.at());
        if (content.sourceRecordId() != null) {
            entry.receivedFrom(origin.actor().username(), content.sourceRecordId());
        }
        apply(entry, section, content);
        entry = events.save(entry);
        record(AuditAction.CREATE, entry, origin.created(), null, EntrySnapshot.of(entry));
        return entry;
    }

    /** Rewrites an entry of this submission with new content. */
    public EventEntry revise(EventEntry entry, EntrySection section, EntryContent content) {
        ensureOwn(entry);
        String before = EntrySnapshot.of(entry);
        entry.rewrite(content.columns(), origin.at());
        apply(entry, section, content);
        entry = events.save(entry);
        record(AuditAction.UPDATE, entry, origin.revised(), before, EntrySnapshot.of(entry));
        return entry;
    }

    /** Deletes an entry of this submission. */
    public void remove(EventEntry entry) {
        ensureOwn(entry);
        record(AuditAction.DELETE, entry, origin.removed(), EntrySnapshot.of(entry), null);
        events.delete(entry);
    }

    /**
     * Swaps the row numbers of two entries of this submission (moving one up or down), one audit record each.
     */
    public void swap(EventEntry entry, EventEntry other) {
        ensureOwn(entry);
        ensureOwn(other);
        String beforeEntry = EntrySnapshot.of(entry);
        String beforeOther = EntrySnapshot.of(other);
        int was = entry.ordinal();
        entry.renumber(other.ordinal());
        other.renumber(was);
        entry = events.save(entry);
        other = events.save(other);
        record(AuditAction.UPDATE, entry, "Мероприятие перемещено: № " + was + " → № " + entry.ordinal(),
                beforeEntry, EntrySnapshot.of(entry));
        record(AuditAction.UPDATE, other, "Мероприятие перемещено: № " + entry.ordinal() + " → № " + other.ordinal(),
                beforeOther, EntrySnapshot.of(other));
    }

    /** Links a report entry of this submission to the plan entry it fulfils (null: removes the link). */
    public EventEntry link(EventEntry reportEntry, EventEntry planEntry, String summary) {
        ensureOwn(reportEntry);
        String before = EntrySnapshot.of(reportEntry);
        reportEntry.fulfils(planEntry);
        reportEntry = events.save(reportEntry);
        record(AuditAction.UPDATE, reportEntry, summary, before, EntrySnapshot.of(reportEntry));
        return reportEntry;
    }

    private void apply(EventEntry entry, EntrySection section, EntryContent content) {
        entry.writtenByHand(origin.channel() == Channel.FORM);
        entry.placeInSection(section.title(), section.organization(), section.sphere());
        NormalizedRow row = content.normalized() != null
                ? content.normalized()
                : normalizer.normalize(entry.columns(), submission.kind(), submission.period(), null);
        NormalizedValues values = content.countries() == null
                ? row.values()
                : row.values().withCountries(content.countries());
        entry.normalize(content.format() == null ? values : values.withFormat(content.format()));
        entry.replaceAgreements(content.agreements() == null
                ? row.agreementTerms(entry.dates().start())
                : content.agreements().stream().map(a -> a.signedOn() != null
                        ? a
                        : new AgreementTerms(a.type(), a.title(), a.parties(), entry.dates().start(), a.rawText()))
                        .toList());
    }

    private void ensureOwn(EventEntry entry) {
        if (entry.submission() != submission && !Objects.equals(entry.submission().id(), submission.id())) {
            throw new IllegalArgumentException("entry " + entry.id() + " is not of submission " + submission.id());
        }
    }

    private void record(AuditAction action, EventEntry entry, String summary, String before, String after) {
        audit.append(new AuditRecord(origin.at(), origin.actor().username(), action, AUDIT_ENTITY,
                String.valueOf(entry.id()), summary, before, after));
    }
}
