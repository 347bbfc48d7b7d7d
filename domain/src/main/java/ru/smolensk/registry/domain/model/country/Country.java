package ru.smolensk.registry.domain.model.country;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A country by its ISO 3166-1 alpha-2 code with its Russian names (short, full and the aliases met
 * in documents: «РБ», «Белоруссия», «КНР» …). Partially recognised states that appear in the
 * documents (Абхазия, Южная Осетия) have user-assigned codes.
 */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 3)
    private String alpha3;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "full_name", length = 300)
    private String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CountryStatus status;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "country_alias", joinColumns = @JoinColumn(name = "country_code"))
    @Column(name = "alias", length = 300)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Country() {
    }

    public Country(String code, String alpha3, String name, CountryStatus status) {
        this.code = code;
        this.alpha3 = alpha3;
        this.name = name;
        this.status = status;
        this.sortOrder = 1000;
    }

    public String code() {
        return code;
    }

    public String alpha3() {
        return alpha3;
    }

    public String name() {
        return name;
    }

    public String fullName() {
        return fullName;
    }

    public CountryStatus status() {
        return status;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public Set<String> aliases() {
        return Collections.unmodifiableSet(aliases);
    }
}
