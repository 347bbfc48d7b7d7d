package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.eclipse.persistence.jpa.JpaEntityManager;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.persistence.testing.TestDatabase;

/** The retry of a failed read is turned off on the session every entity manager of the unit shares. */
class QueryRetryOffTest {

    @Test
    void theSessionsLoginRetriesNoRead() throws Exception {
        EntityManagerFactory emf = TestDatabase.migrated().entityManagerFactory();
        try {
            EntityManager em = emf.createEntityManager();
            assertTrue(retries(em) > 0, "EclipseLink retries a read by default");
            assertEquals(0, QueryRetryOff.disable(em.getDelegate()));
            em.close();
            EntityManager other = emf.createEntityManager();
            assertEquals(0, retries(other), "another entity manager of the unit");
            other.close();
        } finally {
            emf.close();
        }
    }

    private static int retries(EntityManager em) {
        return em.unwrap(JpaEntityManager.class).getServerSession().getLogin().getQueryRetryAttemptCount();
    }
}
