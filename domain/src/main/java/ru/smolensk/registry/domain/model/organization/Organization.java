package ru.smolensk.registry.domain.model.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.smolensk.registry.domain.model.submission.Level;

/**
 * A body that plans and reports international events: a municipality, a regional executive body,
 * a subordinate institution, or the coordinating body. Its names are dated: the official name
 * valid on a date is what documents of that date print.
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Column(length = 16)
    private String okato;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    /** Where reminders of deadlines are sent; none when unknown. */
    @Column(length = 320)
    private String email;

    @Version
    private long version;

    @OneToMany(mappedBy = "organization", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<OrganizationName> names = new ArrayList<>();

    protected Organization() {
    }

    /** An organisation with one official name that has no validity bounds. */
    public Organization(String code, OrganizationKind kind, String officialName, int sortOrder) {
        this(code, kind, sortOrder);
        addName(officialName, NameKind.OFFICIAL, null, null);
    }

    /** An organisation whose dated names are added with {@link #addName}. */
    public Organization(String code, OrganizationKind kind, int sortOrder) {
        this.code = code;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    /** Adds a dated official name or alias. */
    public OrganizationName addName(String name, NameKind nameKind, LocalDate validFrom, LocalDate validTo) {
        OrganizationName added = new OrganizationName(this, name, nameKind, validFrom, validTo);
        names.add(added);
        return added;
    }

    /** The official name on the given date; falls back to the latest official name. */
    public String nameOn(LocalDate date) {
        return officialNames().stream().filter(n -> n.isValidOn(date)).findFirst()
                .or(() -> officialNames().stream().reduce((first, second) -> second)).map(OrganizationName::name)
                .orElse(code);
    }

    /** Where reminders of deadlines are sent, if known. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** Sets (or, with null or blank, clears) the address for reminders; it must look like an e-mail address. */
    public void changeEmail(String address) {
        if (address == null || address.isBlank()) {
            this.email = null;
            return;
        }
        String text = address.strip();
        if (text.length() > 320 || !text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ru.smolensk.registry.domain.model.shared.DomainException("validation",
                    "«" + (text.length() > 60 ? text.substring(0, 60) + "…" : text)
                            + "» не похоже на адрес электронной почты");
        }
        this.email = text;
    }

    /** The official name today. */
    public String currentName() {
        return nameOn(LocalDate.now());
    }

    /** Official names, oldest first (an open start sorts first). */
    public List<OrganizationName> officialNames() {
        return names.stream().filter(n -> n.kind() == NameKind.OFFICIAL)
                .sorted(Comparator.comparing(OrganizationName::validFrom,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** All names, official and aliases. */
    public List<OrganizationName> names() {
        return Collections.unmodifiableList(names);
    }

    /** The name among this organisation's names that equals the text exactly, if any. */
    public Optional<OrganizationName> nameEqualTo(String text) {
        return names.stream().filter(n -> n.name().equals(text)).findFirst();
    }

    public Level level() {
        return kind.level();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public Organization parent() {
        return parent;
    }

    public void placeUnder(Organization newParent) {
        this.parent = newParent;
    }

    public String okato() {
        return okato;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public long version() {
        return version;
    }

    /** Two objects are the same organisation when their codes are equal (the business identity; codes never change). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Organization that && java.util.Objects.equals(code(), that.code());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(code());
    }
}
