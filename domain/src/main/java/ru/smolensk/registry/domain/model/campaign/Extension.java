package ru.smolensk.registry.domain.model.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.WorkflowException;

/** A later deadline for one organisation in a campaign, granted by the coordinator with a reason. */
@Entity
@Table(name = "campaign_extension")
public class Extension {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_extension_seq")
    @SequenceGenerator(name = "campaign_extension_seq", sequenceName = "campaign_extension_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "until_day", nullable = false)
    private LocalDate until;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 100)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    protected Extension() {
    }

    Extension(Campaign campaign, Organization organization, LocalDate until, String reason, String grantedBy,
            OffsetDateTime grantedAt) {
        if (reason == null || reason.isBlank()) {
            throw new WorkflowException("Укажите причину продления срока");
        }
        this.campaign = campaign;
        this.organization = organization;
        this.until = until;
        this.reason = reason.strip();
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public LocalDate until() {
        return until;
    }

    public String reason() {
        return reason;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public OffsetDateTime grantedAt() {
        return grantedAt;
    }
}
