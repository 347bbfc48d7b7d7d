package ru.smolensk.registry.domain.model.organization;

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

/**
 * A dated name of an organisation, e.g. «Шумячский район» valid until 31.12.2024 and «Шумячский
 * муниципальный округ» from 01.01.2025. Open ends are null.
 */
@Entity
@Table(name = "organization_name")
public class OrganizationName {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_name_seq")
    @SequenceGenerator(name = "organization_name_seq", sequenceName = "organization_name_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "name_kind", nullable = false)
    private NameKind kind;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected OrganizationName() {
    }

    OrganizationName(Organization organization, String name, NameKind kind, LocalDate validFrom, LocalDate validTo) {
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Дата окончания действия наименования раньше даты начала: " + name);
        }
        this.organization = organization;
        this.name = name;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** Whether this name was in use on the given date (open ends count as unbounded). */
    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public NameKind kind() {
        return kind;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
