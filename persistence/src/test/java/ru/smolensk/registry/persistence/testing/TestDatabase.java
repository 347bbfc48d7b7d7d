package ru.smolensk.registry.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import ru.smolensk.registry.persistence.migration.DatabaseMigrator;

/**
 * A freshly migrated database for repository tests: a new in-memory H2 database by default, or the
 * local PostgreSQL database {@code registry_test} (cleaned first) when {@code -Ddb.kind=postgresql}.
 */
public final class TestDatabase {

    private final String url;
    private final String user;
    private final DataSource dataSource;

    private TestDatabase(String url, String user, DataSource dataSource) {
        this.url = url;
        this.user = user;
        this.dataSource = dataSource;
    }

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("test.db.kind", "h2"));
    }

    /** A new empty database migrated to the current schema with the reference data. */
    public static TestDatabase migrated() {
        TestDatabase db = isPostgres() ? postgres() : h2();
        if (isPostgres()) {
            Flyway.configure().dataSource(db.dataSource).cleanDisabled(false).load().clean();
        }
        DatabaseMigrator.migrate(db.dataSource);
        return db;
    }

    private static TestDatabase h2() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return new TestDatabase(url, "sa", ds);
    }

    /** The local PostgreSQL database of that name as it is (not cleaned, not migrated), e.g. the scale data set. */
    public static TestDatabase existing(String name) {
        return postgres(name);
    }

    private static TestDatabase postgres() {
        return postgres(System.getProperty("test.db.name", "registry_test"));
    }

    private static TestDatabase postgres(String name) {
        String host = System.getProperty("test.db.host", "127.0.0.1");
        String user = System.getProperty("test.db.user", "postgres");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[]{host});
        ds.setDatabaseName(name);
        ds.setUser(user);
        return new TestDatabase("jdbc:postgresql://" + host + ":5432/" + name, user, ds);
    }

    /** Runs the work in a transaction of its own on a new entity manager, rolled back when it throws. */
    public static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** The application's persistence unit, switched to local transactions on this database. */
    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory(Map.of());
    }

    /**
     * The application's persistence unit, every SQL statement with its values kept by {@link SqlCapture}.
     */
    public EntityManagerFactory capturingEntityManagerFactory() {
        return entityManagerFactory(Map.of("eclipselink.logging.logger", SqlCapture.class.getName(),
                "eclipselink.logging.level.sql", "FINE", "eclipselink.logging.parameters", "true"));
    }

    private EntityManagerFactory entityManagerFactory(Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.logging.level", "WARNING");
        properties.put("eclipselink.weaving", "false");
        properties.put("eclipselink.logging.level.metadata", "SEVERE");
        properties.putAll(more);
        return Persistence.createEntityManagerFactory("registry", properties);
    }
}
