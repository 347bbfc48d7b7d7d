package ru.smolensk.registry.domain.model.campaign;

import java.time.LocalDate;
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

import ru.smolensk.registry.domain.model.organization.Organization;

/**
 * An e-mail reminder sent to an organisation about a campaign's deadline. One per campaign, organisation, type and
 * deadline: the same reminder is never sent twice, a new deadline (an extension) is a new reminder.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sent_reminder_seq")
    @SequenceGenerator(name = "sent_reminder_seq", sequenceName = "sent_reminder_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "reminder_type", nullable = false, length = 16)
    private ReminderType type;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected SentReminder() {
    }

    public SentReminder(Campaign campaign, Organization organization, ReminderType type, LocalDate deadline,
            String recipient, OffsetDateTime sentAt) {
        this.campaign = campaign;
        this.organization = organization;
        this.type = type;
        this.deadline = deadline;
        this.recipient = recipient;
        this.sentAt = sentAt;
    }

    public Long id() {
        return id;
    }

    public Campaign campaign() {
        return campaign;
    }

    public Organization organization() {
        return organization;
    }

    public ReminderType type() {
        return type;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public String recipient() {
        return recipient;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }
}
