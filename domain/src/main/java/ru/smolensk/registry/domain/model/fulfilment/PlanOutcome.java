package ru.smolensk.registry.domain.model.fulfilment;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * The recorded outcome of one plan entry: held as planned, held with changes (what changed) or not held (why),
 * with who recorded it and when. At most one per plan entry.
 */
@Entity
@Table(name = "plan_outcome")
public class PlanOutcome {

    /** The longest comment (the database column's size). */
    public static final int MAX_COMMENT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_outcome_seq")
    @SequenceGenerator(name = "plan_outcome_seq", sequenceName = "plan_outcome_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_entry_id")
    private EventEntry planEntry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Outcome outcome;

    @Column(name = "comment_text", length = MAX_COMMENT_LENGTH)
    private String comment;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected PlanOutcome() {
    }

    public PlanOutcome(EventEntry planEntry, Outcome outcome, String comment, String actor, OffsetDateTime at) {
        if (planEntry.submission().kind() != DocumentKind.PLAN) {
            throw new DomainException("validation", "Итог выполнения отмечается только для записи плана");
        }
        this.planEntry = planEntry;
        change(outcome, comment, actor, at);
    }

    /** Records another outcome; what changed or why not held is mandatory for those outcomes. */
    public final void change(Outcome newOutcome, String newComment, String actor, OffsetDateTime at) {
        if (newOutcome == null || newOutcome == Outcome.NO_INFORMATION) {
            throw new DomainException("validation",
                    "Укажите итог: HELD (проведено), HELD_WITH_CHANGES (проведено с изменениями) или NOT_HELD"
                            + " (не проведено)");
        }
        String text = newComment == null || newComment.isBlank() ? null : newComment.strip();
        if (newOutcome.needsComment() && text == null) {
            throw new DomainException("validation", newOutcome == Outcome.NOT_HELD
                    ? "Укажите причину, по которой мероприятие не проведено"
                    : "Укажите, что изменилось по сравнению с планом");
        }
        if (text != null && text.length() > MAX_COMMENT_LENGTH) {
            throw new DomainException("validation", "Текст длиннее " + MAX_COMMENT_LENGTH + " символов");
        }
        this.outcome = newOutcome;
        this.comment = text;
        this.recordedBy = actor;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public EventEntry planEntry() {
        return planEntry;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String comment() {
        return comment;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public long version() {
        return version;
    }
}
