package ru.smolensk.registry.domain.application.submission;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.application.campaign.CampaignGuard;
import ru.smolensk.registry.domain.application.AccessDeniedException;
import ru.smolensk.registry.domain.application.CurrentUser;
import ru.smolensk.registry.domain.application.Role;
import ru.smolensk.registry.domain.application.entry.EntryEdit;
import ru.smolensk.registry.domain.application.entry.EntrySnapshot;
import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.EventEntryRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.PeriodKindMismatch;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionTransition;
import ru.smolensk.registry.domain.model.shared.InvalidFieldException;
import ru.smolensk.registry.domain.model.shared.StaleVersionException;

/**
 * The workflow of plans and reports. Who sees which submission is {@link SubmissionAccess}'s rule. Operators create and submit
 * their organisation's drafts, the coordinator may do so for any organisation and alone approves or
 * returns them. Every change takes the version the caller saw and is written to the audit log.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

    /** The entity type of submissions in the audit log. */
    public static final String AUDIT_ENTITY = "Submission";

    /** The longest reason of a return or comment of an approval (the database column's size). */
    public static final int MAX_COMMENT_LENGTH = 4000;

    private static final int SUMMARY_REASON_LENGTH = 300;

    private CurrentUser user;
    private OrganizationRepository organizations;
    private SubmissionRepository submissions;
    private EventEntryRepository events;
    private AuditLog audit;
    private SubmissionAccess access;

    private CampaignGuard campaigns;

    /** Observers run in the approving transaction (the outbox of partner messages). */
    private Event<SubmissionApproved> approvals;

    protected SubmissionService() {
        // for CDI proxies
    }

    @Inject
    public SubmissionService(CurrentUser user, OrganizationRepository organizations, SubmissionRepository submissions,
            EventEntryRepository events, AuditLog audit, CampaignGuard campaigns, Event<SubmissionApproved> approvals) {
        this.user = user;
        this.campaigns = campaigns;
        this.approvals = approvals;
        this.organizations = organizations;
        this.submissions = submissions;
        this.events = events;
        this.audit = audit;
        this.access = new SubmissionAccess(user, submissions, events);
    }

    /** The submissions matching the filters that the caller may see. */
    public List<Submission> list(SubmissionQuery query) {
        if (user.seesAllOrganizations()) {
            return submissions.search(query);
        }
        String own = access.ownOrganization().code();
        if (query.organizationCode() != null && !query.organizationCode().equals(own)) {
            return List.of();
        }
        return submissions.search(query.ofOrganization(own));
    }

    /** A submission the caller may see, with its entries. */
    public SubmissionDetails get(long id) {
        Submission submission = access.visible(id);
        return new SubmissionDetails(submission, events.findBySubmission(submission));
    }

    /** The status changes of a submission the caller may see, oldest first. */
    public List<SubmissionTransition> history(long id) {
        return List.copyOf(access.visible(id).history());
    }

    /**
     * The audit records of the entries of a submission the caller may see that were deleted at or after a moment
     * (its last return, say), oldest first; the state before of each holds what the entry said.
     */
    public List<AuditRecord> deletedEntries(long id, OffsetDateTime since) {
        Submission submission = access.visible(id);
        return audit.deletions(EntryEdit.AUDIT_ENTITY, since).stream()
                .filter(r -> EntrySnapshot.isOfSubmission(r.beforeState(), submission.id())).toList();
    }

    /**
     * Creates a draft plan or report. An operator may omit the organisation (their own is meant) and
     * may not name another one.
     *
     * @throws SubmissionExistsException when the organisation already has one for that period and kind
     */
    public Submission create(String organizationCode, ReportingPeriod period, DocumentKind kind) {
        requireAnyRole("Создавать планы и отчеты могут операторы организаций и координатор", Role.OPERATOR,
                Role.COORDINATOR);
        if (kind == null) {
            throw new InvalidFieldException("kind", "Укажите вид документа: PLAN (план) или REPORT (отчет)");
        }
        if (period == null) {
            throw new InvalidFieldException("period", "Укажите отчетный период: полугодие для плана (например,"
                    + " 2026-H1) или квартал для отчета (например, 2025-Q4)");
        }
        try {
            Submission.ensurePeriodSuits(kind, period);
        } catch (PeriodKindMismatch e) {
            throw new InvalidFieldException("period", e.getMessage());
        }
        Organization organization = organizationToCreateFor(organizationCode);
        submissions.find(organization, period, kind).ifPresent(existing -> {
            throw new SubmissionExistsException(existing.id(), SubmissionWording.noun(kind) + " организации «"
                    + organization.nameOn(period.start()) + "» " + SubmissionWording.ofPeriod(kind, period)
                    + " уже создан");
        });
        campaigns.ensureOpen(organization, kind, period);
        OffsetDateTime now = OffsetDateTime.now();
        Submission created = submissions.save(new Submission(organization, period, kind, user.username(), now));
        record(now, AuditAction.CREATE, created, "создан черновик", null, SubmissionSnapshot.of(created));
        return created;
    }

    /** Sends a draft or a corrected returned submission to the coordinator. */
    public Submission submit(long id, long expectedVersion) {
        requireAnyRole("Отправлять планы и отчеты на рассмотрение могут операторы организаций и координатор",
                Role.OPERATOR, Role.COORDINATOR);
        Submission submission = current(access.visible(id), expectedVersion);
        campaigns.ensureOpen(submission);
        String before = SubmissionSnapshot.of(submission);
        OffsetDateTime now = OffsetDateTime.now();
        submission.submit(user.username(), now);
        return record(now, AuditAction.SUBMIT, submissions.save(submission), "отправлен на рассмотрение", before,
                SubmissionSnapshot.of(submission));
    }

    /** The coordinator approves a submitted plan or report, optionally with a comment. */
    public Submission approve(long id, long expectedVersion, String comment) {
        requireAnyRole("Утверждать планы и отчеты может только координатор", Role.COORDINATOR);
        String text = optionalText("comment", comment);
        Submission submission = current(access.visible(id), expectedVersion);
        String before = SubmissionSnapshot.of(submission);
        OffsetDateTime now = OffsetDateTime.now();
        submission.approve(user.username(), now, text);
        Submission approved = record(now, AuditAction.APPROVE, submissions.save(submission), "утвержден", before,
                SubmissionSnapshot.of(submission, "comment", text));
        approvals.fire(new SubmissionApproved(approved.id()));
        return approved;
    }

    /** The coordinator returns a submitted plan or report for correction; the reason is mandatory. */
    public Submission returnForCorrection(long id, long expectedVersion, String reason) {
        requireAnyRole("Возвращать планы и отчеты на доработку может только координатор", Role.COORDINATOR);
        String text = optionalText("reason", reason);
        if (text == null) {
            throw new InvalidFieldException("reason", "Укажите причину возврата на доработку");
        }
        Submission submission = current(access.visible(id), expectedVersion);
        String before = SubmissionSnapshot.of(submission);
        OffsetDateTime now = OffsetDateTime.now();
        submission.returnForCorrection(user.username(), now, text);
        return record(now, AuditAction.RETURN, submissions.save(submission), "возвращен на доработку", before,
                SubmissionSnapshot.of(submission));
    }

    /**
     * The coordinator reopens an approved plan or report with a mandatory reason: it becomes RETURNED, so the
     * organisation corrects and submits it again. Its records stay in the partners' systems as sent; after the
     * new approval they are sent again (under a new message id), and partners replace them by record id.
     */
    public Submission reopen(long id, long expectedVersion, String reason) {
        requireAnyRole("Открывать утвержденные планы и отчеты для изменений может только координатор",
                Role.COORDINATOR);
        String text = optionalText("reason", reason);
        if (text == null) {
            throw new InvalidFieldException("reason",
                    "Укажите причину, по которой утвержденный документ открывается для изменений");
        }
        Submission submission = current(access.visible(id), expectedVersion);
        String before = SubmissionSnapshot.of(submission);
        OffsetDateTime now = OffsetDateTime.now();
        submission.reopen(user.username(), now, text);
        return record(now, AuditAction.REOPEN, submissions.save(submission),
                "открыт для изменений: " + abbreviated(text),
                before, SubmissionSnapshot.of(submission, "reason", text));
    }

    /** A reason short enough for the summary of an audit record. */
    private static String abbreviated(String text) {
        return text.length() <= SUMMARY_REASON_LENGTH ? text : text.substring(0, SUMMARY_REASON_LENGTH) + "…";
    }

    private Organization organizationToCreateFor(String code) {
        if (code == null || code.isBlank()) {
            if (user.seesAllOrganizations()) {
                throw new InvalidFieldException("organization", "Укажите код организации");
            }
            return access.ownOrganization();
        }
        Organization organization = organizations.findByCode(code.strip())
                .orElseThrow(() -> new InvalidFieldException("organization",
                        "Организация с кодом «" + code.strip() + "» не найдена"));
        if (!user.hasRole(Role.COORDINATOR) && !access.isOwn(organization)) {
            throw new AccessDeniedException("Оператор может создавать планы и отчеты только своей организации");
        }
        return organization;
    }

    private static Submission current(Submission submission, long expectedVersion) {
        if (submission.version() != expectedVersion) {
            throw new StaleVersionException(SubmissionWording.title(submission) + ": документ уже изменен другим"
                    + " пользователем (вы видели версию " + expectedVersion + ", текущая версия "
                    + submission.version() + "). Обновите данные и повторите действие.");
        }
        return submission;
    }

    private void requireAnyRole(String russianMessage, Role... roles) {
        for (Role role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw new AccessDeniedException(russianMessage);
    }

    private static String optionalText(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_COMMENT_LENGTH) {
            throw new InvalidFieldException(field, "Текст длиннее " + MAX_COMMENT_LENGTH + " символов");
        }
        return stripped;
    }

    private Submission record(OffsetDateTime at, AuditAction action, Submission submission, String what,
            String before, String after) {
        audit.append(new AuditRecord(at, user.username(), action, AUDIT_ENTITY, String.valueOf(submission.id()),
                SubmissionWording.title(submission) + ": " + what, before, after));
        return submission;
    }
}
