package ru.smolensk.registry.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema and reference data with the Flyway migrations under
 * {@code db/migration}. The same migrations run on H2 and PostgreSQL; PostgreSQL also runs those under
 * {@code db/postgresql}.
 *
 * <p>The registry has no callbacks, but Flyway always looks for them in {@code db/callback} too: the empty
 * {@code flyway.location} files in both folders let it find them through Liberty's class loader (without one,
 * Flyway logs an error at every start).
 *
 * <p>A database without Flyway's history but not empty is given a baseline at version 0, below every migration, so
 * that all of them still run: Liberty's session store ({@code SESSIONS_STORE=database}) creates its table
 * {@code http_session} in the same database when the application starts, before the first migration. A database
 * that already holds the registry's tables without the history stops at V1 as before (its tables exist).
 */
public final class DatabaseMigrator {

    public static final String LOCATION = "classpath:db/migration";
    /**
     * Migrations only PostgreSQL runs (what H2 cannot express, such as the full-text vector), numbered among the
     * others.
     */
    public static final String POSTGRESQL_LOCATION = "classpath:db/postgresql";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private DatabaseMigrator() {
    }

    /** Applies pending migrations and returns the resulting schema version. */
    public static String migrate(DataSource dataSource) {
        String[] locations = isPostgresql(dataSource)
                ? new String[]{LOCATION, POSTGRESQL_LOCATION}
                : new String[]{LOCATION};
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader()).dataSource(dataSource)
                .locations(locations).callbackLocations(new String[0]).failOnMissingLocations(true)
                .validateMigrationNaming(true).baselineOnMigrate(true).baselineVersion("0").load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "empty" : flyway.info().current().getVersion().toString();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return version;
    }

    private static boolean isPostgresql(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
