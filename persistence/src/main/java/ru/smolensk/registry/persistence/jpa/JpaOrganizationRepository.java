package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.organization.OrganizationRepository;

/** Organisations in JPA. */
@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaOrganizationRepository() {
    }

    /** For use outside a container (tests, tools). */
    public JpaOrganizationRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Organization> findAll() {
        return em.createQuery("select o from Organization o order by o.sortOrder, o.code", Organization.class)
                .getResultList();
    }

    @Override
    public List<Organization> findByKinds(List<OrganizationKind> kinds) {
        return em.createQuery("select o from Organization o where o.kind in :kinds order by o.sortOrder, o.code",
                Organization.class).setParameter("kinds", kinds).getResultList();
    }

    @Override
    public Optional<Organization> findByCode(String code) {
        return em.createQuery("select o from Organization o where o.code = :code", Organization.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * {@inheritDoc} The text is found literally ({@code LOCATE}, not {@code LIKE}: no character is a wildcard). Active
     * organisations are ordered first and the inactive ones left out here: so the first {@code limit} rows hold every
     * active match there is room for, without a boolean literal in the query (EclipseLink writes {@code true} as 1,
     * which H2 refuses to compare with a boolean column).
     */
    @Override
    public List<Organization> findActiveByNamePart(String text, int limit) {
        return em.createQuery("select o from Organization o where locate(:part, lower(o.code)) > 0"
                + " or exists (select n from OrganizationName n where n.organization = o"
                + " and locate(:part, lower(n.name)) > 0) order by o.active desc, o.sortOrder, o.code",
                Organization.class).setParameter("part", text.toLowerCase(Locale.ROOT)).setMaxResults(limit)
                .getResultStream().filter(Organization::isActive).toList();
    }

    @Override
    public Optional<Organization> findById(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    @Override
    public Organization save(Organization organization) {
        return Persisting.save(em, organization, organization.id());
    }
}
