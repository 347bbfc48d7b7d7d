package ru.smolensk.registry.persistence.jpa;

import java.util.List;
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

    @Override
    public Optional<Organization> findById(long id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    @Override
    public Organization save(Organization organization) {
        return Persisting.save(em, organization, organization.id());
    }
}
