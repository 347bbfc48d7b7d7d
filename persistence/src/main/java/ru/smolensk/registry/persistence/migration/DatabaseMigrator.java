package ru.smolensk.registry.persistence.migration;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the current schema and reference data with the Flyway migrations under
 * {@code db/migration}. The same migrations run on H2 and PostgreSQL.
 *
 * <p>The registry has no callbacks, but Flyway always looks for them in {@code db/callback} too: the empty
 * {@code flyway.location} files in both folders let it find them through Liberty's class loader (without one,
 * Flyway logs an error at every start).
 */
public final class DatabaseMigrator {

    public static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    private DatabaseMigrator() {
    }

    /** Applies pending migrations and returns the resulting schema version. */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader()).dataSource(dataSource)
                .locations(LOCATION).callbackLocations(new String[0]).failOnMissingLocations(true)
                .validateMigrationNaming(true).load();
        MigrateResult result = flyway.migrate();
        String version = flyway.info().current() == null ? "empty" : flyway.info().current().getVersion().toString();
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return version;
    }
}
