package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.sphere.SphereRepository;

/** Spheres of cooperation in JPA. */
@ApplicationScoped
public class JpaSphereRepository implements SphereRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaSphereRepository() {
    }

    public JpaSphereRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Sphere> findAll() {
        return em.createQuery("select s from Sphere s order by s.sortOrder, s.code", Sphere.class).getResultList();
    }

    @Override
    public Optional<Sphere> findByCode(String code) {
        return em.createQuery("select s from Sphere s where s.code = :code", Sphere.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Sphere> findById(long id) {
        return Optional.ofNullable(em.find(Sphere.class, id));
    }

    @Override
    public Sphere save(Sphere sphere) {
        return Persisting.save(em, sphere, sphere.id());
    }
}
