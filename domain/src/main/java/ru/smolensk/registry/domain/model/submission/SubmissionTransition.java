package ru.smolensk.registry.domain.model.submission;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One step in a submission's history: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "submission_transition")
public class SubmissionTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_transition_seq")
    @SequenceGenerator(name = "submission_transition_seq", sequenceName = "submission_transition_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private SubmissionStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private SubmissionStatus to;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    protected SubmissionTransition() {
    }

    SubmissionTransition(Submission submission, SubmissionStatus from, SubmissionStatus to, String actor,
            OffsetDateTime occurredAt, String comment) {
        this.submission = submission;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public SubmissionStatus from() {
        return from;
    }

    public SubmissionStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String comment() {
        return comment;
    }
}
