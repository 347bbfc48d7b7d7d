package ru.smolensk.registry.domain.model.sphere;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.submission.DocumentKind;

/**
 * A sphere of cooperation: the section of the regional documents («В сфере культуры и туризма» in
 * plans, «Сотрудничество в сфере культуры и туризма» in reports). An open list, ordered as in the
 * official documents, with aliases for the many ways the header is written.
 */
@Entity
@Table(name = "sphere")
public class Sphere {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sphere_seq")
    @SequenceGenerator(name = "sphere_seq", sequenceName = "sphere_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "plan_title", length = 1000)
    private String planTitle;

    @Column(name = "report_title", length = 1000)
    private String reportTitle;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_organization_id")
    private Organization responsibleOrganization;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sphere_alias", joinColumns = @JoinColumn(name = "sphere_id"))
    @Column(name = "alias", length = 1000)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Sphere() {
    }

    public Sphere(String code, String name, String planTitle, String reportTitle, int sortOrder) {
        this.code = code;
        this.name = name;
        this.planTitle = planTitle;
        this.reportTitle = reportTitle;
        this.sortOrder = sortOrder;
    }

    /** The section header a document of the given kind prints for this sphere. */
    public String titleFor(DocumentKind kind) {
        String title = kind == DocumentKind.PLAN ? planTitle : reportTitle;
        return title != null ? title : name;
    }

    public void addAlias(String alias) {
        aliases.add(alias);
    }

    public Set<String> aliases() {
        return Collections.unmodifiableSet(aliases);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String planTitle() {
        return planTitle;
    }

    public String reportTitle() {
        return reportTitle;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public Organization responsibleOrganization() {
        return responsibleOrganization;
    }

    public boolean isActive() {
        return active;
    }

    /** Two objects are the same sphere when their codes are equal (the business identity; codes never change). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Sphere that && java.util.Objects.equals(code(), that.code());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(code());
    }
}
