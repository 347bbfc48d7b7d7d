package ru.smolensk.registry.persistence.jpa;

import jakarta.persistence.EntityManager;

/** The one place that decides between persist (new) and merge (detached) for generated ids. */
final class Persisting {

    private Persisting() {
    }

    static <T> T save(EntityManager em, T entity, Object id) {
        if (id == null) {
            em.persist(entity);
            return entity;
        }
        return em.contains(entity) ? entity : em.merge(entity);
    }
}
