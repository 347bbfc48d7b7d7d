package ru.smolensk.registry.domain.model.event;

import java.time.LocalDate;

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
import jakarta.persistence.Version;

/** A document signed at an event (from a report's results): the agreements registry. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private EventEntry event;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", nullable = false)
    private AgreementType type;

    @Column(nullable = false, length = 2000)
    private String title;

    @Column(length = 2000)
    private String parties;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "raw_text", nullable = false, length = 4000)
    private String rawText;

    @Version
    private long version;

    protected Agreement() {
    }

    Agreement(EventEntry event, AgreementType type, String title, String parties, LocalDate signedOn,
            String rawText) {
        this.event = event;
        this.type = type;
        this.title = title;
        this.parties = parties;
        this.signedOn = signedOn;
        this.rawText = rawText;
    }

    public Long id() {
        return id;
    }

    public EventEntry event() {
        return event;
    }

    public AgreementType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String parties() {
        return parties;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public String rawText() {
        return rawText;
    }

    public AgreementTerms terms() {
        return new AgreementTerms(type, title, parties, signedOn, rawText);
    }
}
