package ru.smolensk.registry.domain.application.entry;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.shared.StaleVersionException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.domain.model.submission.WorkflowException;
import ru.smolensk.registry.domain.normalization.RowNormalizer;

/**
 * The one owner of "change the entries of a plan or report". It alone decides who may write them now: an operator
 * the entries of their own organisation until the campaign's deadline (or an extension), the coordinator any
 * organisation's, a partner system by exchange; administrators and everyone else are refused; and only while the
 * plan or report is a draft or returned for correction. The writes themselves go through the {@link EntryEdit} it
 * opens, which places, normalizes and audits every entry the same way.
 */
@ApplicationScoped
public class SubmissionEntries {

    private final RowNormalizer normalizer = new RowNormalizer();

    private CampaignGuard campaigns;
    private EventEntryRepository events;
    private AuditLog audit;

    protected SubmissionEntries() {
        // for CDI proxies
    }

    @Inject
    public SubmissionEntries(CampaignGuard campaigns, EventEntryRepository events, AuditLog audit) {
        this.campaigns = campaigns;
        this.events = events;
        this.audit = audit;
    }

    /** Opens a plan or report for writing its entries, after checking that this writer may do so now. */
    public EntryEdit open(Origin origin, Submission submission) {
        ensureWritable(origin, submission.organization(), submission.kind(), submission.period(), submission.status());
        return new EntryEdit(origin, submission, events, audit, normalizer);
    }

    /**
     * Checks that the writer may write entries of this organisation's document now; the document may not exist yet
     * (it would start as a draft).
     *
     * @throws EntryWriteRefused when the role does not write entries by this channel
     * @throws OutsideOrganisation when an operator writes another organisation's entries
     * @throws ru.smolensk.registry.domain.model.submission.SubmissionLocked when it is submitted or approved
     * @throws ru.smolensk.registry.domain.model.campaign.CampaignClosed when an operator's deadline passed
     */
    public void ensureWritable(Origin origin, Organization organization, DocumentKind kind, ReportingPeriod period,
            SubmissionStatus status) {
        ensureWriter(origin.actor(), origin.channel(), organization);
        Submission.ensureEditable(kind, status);
        if (origin.channel() != Channel.EXCHANGE) {
            campaigns.ensureOpen(origin.actor(), organization, kind, period);
        }
    }

    /**
     * Checks that the caller may record the outcome of an approved plan's entry now: the same writers, until the
     * deadline of the report for the half-year's last quarter.
     */
    public void ensureMayRecordOutcome(CurrentUser actor, EventEntry planEntry) {
        Submission plan = planEntry.submission();
        ensureWriter(actor, Channel.FULFILMENT, plan.organization());
        if (plan.kind() != DocumentKind.PLAN) {
            throw new InvalidFieldException("id", "Итог выполнения отмечается для записи плана; запись отчета"
                    + " связывается с планом");
        }
        if (plan.status() != SubmissionStatus.APPROVED) {
            throw new WorkflowException("Итоги выполнения отмечаются по утвержденному плану; план на "
                    + plan.period().russianName()
                    + " еще не утвержден");
        }
        List<ReportingPeriod> quarters = plan.period().quarters();
        campaigns.ensureOpen(actor, plan.organization(), DocumentKind.REPORT, quarters.get(quarters.size() - 1));
    }

    /** The row number a new entry of this submission gets: after the last one. */
    public int nextOrdinal(Submission submission) {
        return events.maxOrdinal(submission) + 1;
    }

    /** Fails when the entry changed since the caller read it at that version. */
    public static void ensureVersion(EventEntry entry, long expectedVersion) {
        if (entry.version() != expectedVersion) {
            throw new StaleVersionException("Мероприятие № " + entry.ordinal() + " уже изменено другим пользователем"
                    + " (версия " + entry.version() + ", у вас " + expectedVersion + "); обновите данные и повторите");
        }
    }

    /**
     * Fails unless the caller's role may write entries through this channel at all: the check that comes before any
     * entry is looked up, so that a refused role learns nothing of which entries exist.
     */
    public static void ensureWriterRole(CurrentUser actor, Channel channel) {
        boolean allowed = channel == Channel.EXCHANGE
                ? actor.hasRole(Role.EXCHANGE)
                : actor.hasRole(Role.COORDINATOR) || actor.hasRole(Role.OPERATOR);
        if (!allowed) {
            throw new EntryWriteRefused(channel);
        }
    }

    private static void ensureWriter(CurrentUser actor, Channel channel, Organization organization) {
        ensureWriterRole(actor, channel);
        if (channel == Channel.EXCHANGE || actor.hasRole(Role.COORDINATOR)) {
            return;
        }
        if (!actor.organization().map(organization::equals).orElse(false)) {
            throw new OutsideOrganisation();
        }
    }
}
