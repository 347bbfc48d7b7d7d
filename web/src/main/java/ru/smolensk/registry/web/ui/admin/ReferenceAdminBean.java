package ru.smolensk.registry.web.ui.admin;

import java.time.LocalDate;
import java.util.List;

import org.omnifaces.cdi.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.smolensk.registry.domain.application.ReferenceDataService;
import ru.smolensk.registry.domain.application.reference.ReferenceAdministrationService;
import ru.smolensk.registry.domain.model.organization.NameKind;
import ru.smolensk.registry.domain.model.shared.DomainException;
import ru.smolensk.registry.web.ui.Texts;
import ru.smolensk.registry.web.ui.state.PageStateBean;

/**
 * The reference data screen of the administrator: organisations with their dated names (a name is added here),
 * spheres with the ways their titles are written (an alias is added here) and the countries (read only). The
 * changes and their checks are {@link ReferenceAdministrationService}'s.
 */
@Named("referenceAdmin")
@ViewScoped(saveInViewState = true)
public class ReferenceAdminBean extends PageStateBean {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferenceDataService referenceData;

    @Inject
    transient ReferenceAdministrationService administration;

    private List<OrganizationRow> organizations;
    private List<SphereRow> spheres;
    private List<CountryRow> countries;

    private String organization;
    private String name;
    private NameKind nameKind = NameKind.OFFICIAL;
    private LocalDate validFrom;
    private LocalDate validTo;

    private String sphere;
    private String alias;

    /** Adds the name to the chosen organisation; the form is cleared when it was added. */
    public void addName() {
        try {
            administration.addOrganizationName(organization, name, nameKind, validFrom, validTo);
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
            return;
        }
        Texts.info("admin.nameAdded", name.strip());
        organizations = null;
        name = null;
        validFrom = null;
        validTo = null;
    }

    /** Adds the way of writing to the chosen sphere. */
    public void addAlias() {
        try {
            administration.addSphereAlias(sphere, alias);
        } catch (DomainException e) {
            Texts.errorText(e.getMessage());
            return;
        }
        Texts.info("admin.aliasAdded", alias.strip());
        spheres = null;
        alias = null;
    }

    public List<OrganizationRow> getOrganizations() {
        if (organizations == null) {
            organizations = referenceData.organizations(null).stream().map(OrganizationRow::of).toList();
        }
        return organizations;
    }

    public List<SphereRow> getSpheres() {
        if (spheres == null) {
            spheres = referenceData.spheres().stream().map(SphereRow::of).toList();
        }
        return spheres;
    }

    public List<CountryRow> getCountries() {
        if (countries == null) {
            countries = referenceData.countries().stream().map(CountryRow::of).toList();
        }
        return countries;
    }

    public NameKind[] getNameKinds() {
        return NameKind.values();
    }

    public String getOrganization() {
        return organization;
    }

    public void setOrganization(String organization) {
        this.organization = organization;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public NameKind getNameKind() {
        return nameKind;
    }

    public void setNameKind(NameKind nameKind) {
        this.nameKind = nameKind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getSphere() {
        return sphere;
    }

    public void setSphere(String sphere) {
        this.sphere = sphere;
    }

    public String getAlias() {
        return alias;
    }

    public void setAlias(String alias) {
        this.alias = alias;
    }
}
