package ru.smolensk.registry.domain.model.campaign;

import java.time.LocalDate;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.period.ReportingPeriodConverter;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.WorkflowException;

/**
 * The collection of one kind of document at one level for one period: organisations hand it in from the opening
 * to the closing date (inclusive). After the closing date operators can no longer change it, unless the
 * coordinator granted their organisation an extension that has not expired.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_kind", nullable = false, length = 16)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_level", nullable = false, length = 16)
    private Level level;

    @Convert(converter = ReportingPeriodConverter.class)
    @Column(name = "period_code", nullable = false, length = 8)
    private ReportingPeriod period;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Extension> extensions = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {
    }

    public Campaign(DocumentKind kind, Level level, ReportingPeriod period, LocalDate opensOn, LocalDate closesOn) {
        if (period.type() != kind.periodType()) {
            throw new WorkflowException(kind == DocumentKind.PLAN
                    ? "План собирается за полугодие, а не за " + period.russianName()
                    : "Отчет собирается за квартал, а не за " + period.russianName());
        }
        this.kind = kind;
        this.level = level;
        this.period = period;
        reschedule(opensOn, closesOn);
    }

    /** Moves the window. */
    public void reschedule(LocalDate newOpensOn, LocalDate newClosesOn) {
        if (newOpensOn == null || newClosesOn == null || newClosesOn.isBefore(newOpensOn)) {
            throw new WorkflowException("Дата окончания приема раньше даты начала или не указана");
        }
        this.opensOn = newOpensOn;
        this.closesOn = newClosesOn;
    }

    /** Lets one organisation hand in or change its document until the given day, for the given reason. */
    public Extension extend(Organization organization, LocalDate until, String reason, String grantedBy,
            java.time.OffsetDateTime at) {
        if (until == null || !until.isAfter(closesOn)) {
            throw new WorkflowException("Продление должно заканчиваться позже срока приема ("
                    + closesOn.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ")");
        }
        Extension extension = new Extension(this, organization, until, reason, grantedBy, at);
        extensions.add(extension);
        return extension;
    }

    /** Whether operators of the organisation may still change their document on the day. */
    public boolean isOpenFor(Organization organization, LocalDate day) {
        return !day.isAfter(closesOn) || extensions.stream()
                .anyMatch(e -> e.organization().equals(organization) && !day.isAfter(e.until()));
    }

    /** The day a submission of the organisation counts as on time until (the latest extension, if any). */
    public LocalDate deadlineFor(Organization organization) {
        return extensions.stream().filter(e -> e.organization().equals(organization))
                .map(Extension::until).max(LocalDate::compareTo).orElse(closesOn);
    }

    public Long id() {
        return id;
    }

    public DocumentKind kind() {
        return kind;
    }

    public Level level() {
        return level;
    }

    public ReportingPeriod period() {
        return period;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public List<Extension> extensions() {
        return Collections.unmodifiableList(extensions);
    }

    public long version() {
        return version;
    }
}
