package ru.smolensk.registry.domain.model.submission;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.period.ReportingPeriodConverter;

/**
 * One organisation's plan or report for one period: organisation × period × kind × level. It moves
 * DRAFT → SUBMITTED → RETURNED | APPROVED; a return needs a reason. Its entries are
 * {@link ru.smolensk.registry.domain.model.event.EventEntry event entries}.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Convert(converter = ReportingPeriodConverter.class)
    @Column(name = "period_code", nullable = false, length = 8)
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_kind", nullable = false)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_level", nullable = false)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    /** Text after the table, e.g. the number of meetings with foreign delegations. */
    @Column(name = "note")
    private String note;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "submitted_by", length = 100)
    private String submittedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "return_reason", length = 4000)
    private String returnReason;

    @Version
    private long version;

    /** The status before the first move since this object was made or read (none: it has not moved). */
    @Transient
    private SubmissionStatus movedFrom;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt")
    private List<SubmissionTransition> history = new ArrayList<>();

    protected Submission() {
    }

    public Submission(Organization organization, ReportingPeriod period, DocumentKind kind, String createdBy,
            OffsetDateTime createdAt) {
        ensurePeriodSuits(kind, period);
        this.organization = organization;
        this.period = period;
        this.kind = kind;
        this.level = organization.level();
        this.status = SubmissionStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        history.add(new SubmissionTransition(this, null, SubmissionStatus.DRAFT, createdBy, createdAt, null));
    }

    /** The operator sends the draft (or the corrected returned submission) to the coordinator. */
    public void submit(String actor, OffsetDateTime at) {
        moveTo(SubmissionStatus.SUBMITTED, actor, at, null);
        this.submittedBy = actor;
        this.submittedAt = at;
    }

    /** The coordinator approves a submitted plan or report. */
    public void approve(String actor, OffsetDateTime at, String comment) {
        moveTo(SubmissionStatus.APPROVED, actor, at, comment);
        this.decidedBy = actor;
        this.decidedAt = at;
        this.returnReason = null;
    }

    /** The coordinator returns a submitted plan or report for correction; the reason is mandatory. */
    public void returnForCorrection(String actor, OffsetDateTime at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("Укажите причину возврата на доработку");
        }
        if (status == SubmissionStatus.APPROVED) {
            throw new WorkflowException((kind == DocumentKind.PLAN ? "План утвержден" : "Отчет утвержден")
                    + "; чтобы внести изменения, координатор открывает его для изменений с указанием причины");
        }
        moveBack(actor, at, reason.strip());
    }

    private void moveBack(String actor, OffsetDateTime at, String reason) {
        moveTo(SubmissionStatus.RETURNED, actor, at, reason);
        this.decidedBy = actor;
        this.decidedAt = at;
        this.returnReason = reason;
    }

    /**
     * The coordinator reopens an approved plan or report: it is returned for correction with the reason, so
     * the organisation corrects it and submits it again. Only an approved submission can be reopened.
     */
    public void reopen(String actor, OffsetDateTime at, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("Укажите причину, по которой утвержденный документ открывается для изменений");
        }
        if (status != SubmissionStatus.APPROVED) {
            throw new WorkflowException("Открыть для изменений можно только утвержденный "
                    + (kind == DocumentKind.PLAN ? "план" : "отчет") + "; текущий статус: «" + StatusNames.of(status)
                    + "»");
        }
        moveBack(actor, at, "Открыт для изменений: " + reason.strip());
    }

    private void moveTo(SubmissionStatus next, String actor, OffsetDateTime at, String comment) {
        if (!status.canMoveTo(next)) {
            throw new WorkflowException("Нельзя перевести " + (kind == DocumentKind.PLAN ? "план" : "отчет")
                    + " из статуса «" + StatusNames.of(status) + "» в статус «" + StatusNames.of(next) + "»");
        }
        history.add(new SubmissionTransition(this, status, next, actor, at, comment));
        if (movedFrom == null) {
            movedFrom = status;
        }
        this.status = next;
    }

    /**
     * Whether this object became approved, or stopped being approved, since it was made or read: only then do the
     * counts that take approved documents only (a plan's fulfilment by approved reports) change.
     */
    public boolean approvalChanged() {
        return movedFrom != null && (movedFrom == SubmissionStatus.APPROVED) != (status == SubmissionStatus.APPROVED);
    }

    /** The rule of the period of a plan (a half-year) or a report (a quarter). */
    public static void ensurePeriodSuits(DocumentKind kind, ReportingPeriod period) {
        if (period.type() != kind.periodType()) {
            throw new PeriodKindMismatch(kind, period);
        }
    }

    /** Fails unless entries may be changed now. */
    public void ensureEditable() {
        ensureEditable(kind, status);
    }

    /** The rule for a plan or report in this status (one still to be created starts as a draft). */
    public static void ensureEditable(DocumentKind kind, SubmissionStatus status) {
        if (!status.isEditable()) {
            throw new SubmissionLocked(kind, status);
        }
    }

    public void changeNote(String newNote) {
        ensureEditable();
        this.note = newNote;
    }

    public Long id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public ReportingPeriod period() {
        return period;
    }

    public DocumentKind kind() {
        return kind;
    }

    public Level level() {
        return level;
    }

    public SubmissionStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String returnReason() {
        return returnReason;
    }

    public long version() {
        return version;
    }

    public List<SubmissionTransition> history() {
        return Collections.unmodifiableList(history);
    }
}
