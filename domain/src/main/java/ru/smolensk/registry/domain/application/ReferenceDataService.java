package ru.smolensk.registry.domain.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.country.CountryRepository;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;
import ru.smolensk.registry.domain.model.submission.Level;

/** Reads the reference data every signed-in user may see: organisations, spheres, countries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceDataService {

    private OrganizationRepository organizations;
    private SphereRepository spheres;
    private CountryRepository countries;

    protected ReferenceDataService() {
        // for CDI proxies
    }

    @Inject
    public ReferenceDataService(OrganizationRepository organizations, SphereRepository spheres,
            CountryRepository countries) {
        this.organizations = organizations;
        this.spheres = spheres;
        this.countries = countries;
    }

    /** Organisations in the official order, optionally only those reporting at one level. */
    public List<Organization> organizations(Level level) {
        if (level == null) {
            return organizations.findAll();
        }
        List<OrganizationKind> kinds = java.util.Arrays.stream(OrganizationKind.values())
                .filter(k -> k.level() == level).toList();
        return organizations.findByKinds(kinds);
    }

    /**
     * Active organisations with a name or code containing the text (ignoring case), in the official order, at most
     * {@code limit}; none for a blank text.
     */
    public List<Organization> organizationsNamed(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return organizations.findActiveByNamePart(text.strip(), limit);
    }

    public Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new NotFoundException("Организация с кодом «" + code + "» не найдена"));
    }

    public List<Sphere> spheres() {
        return spheres.findAll();
    }

    public List<Country> countries() {
        return countries.findAll();
    }
}
