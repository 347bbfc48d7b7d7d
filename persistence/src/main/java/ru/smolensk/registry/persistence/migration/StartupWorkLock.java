package ru.smolensk.registry.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Start-up work that servers starting together over one PostgreSQL database must do one after the other (the demo
 * data: each server looks whether it is loaded, and loads it when not): a PostgreSQL advisory lock taken in the
 * caller's transaction and released when it ends, so the second server waits and then finds the work done. Flyway
 * has a lock of its own for the migrations. On H2 (one server) nothing is locked.
 */
@ApplicationScoped
public class StartupWorkLock {

    /** The lock's number among the database's advisory locks (any fixed number no other program uses). */
    private static final long KEY = 0x5265676973747279L;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Resource(lookup = "jdbc/registry")
    DataSource dataSource;

    /** Waits until no other server holds the lock, then holds it until the current transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdUntilTransactionEnds() {
        if (isPostgresql()) {
            em.createNativeQuery("select pg_advisory_xact_lock(" + KEY + ")").getSingleResult();
        }
    }

    private boolean isPostgresql() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
