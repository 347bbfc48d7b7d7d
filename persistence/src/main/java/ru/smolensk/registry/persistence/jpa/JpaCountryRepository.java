package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.country.Country;
import ru.smolensk.registry.domain.model.country.CountryRepository;

/** Countries in JPA. */
@ApplicationScoped
public class JpaCountryRepository implements CountryRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaCountryRepository() {
    }

    public JpaCountryRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Country> findAll() {
        return em.createQuery("select c from Country c order by c.sortOrder, c.name", Country.class).getResultList();
    }

    @Override
    public Optional<Country> findByCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Country.class, code.toUpperCase()));
    }
}
