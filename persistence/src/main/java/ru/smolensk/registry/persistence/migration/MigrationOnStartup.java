package ru.smolensk.registry.persistence.migration;

import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

/**
 * Migrates the registry's data source when the application starts, before any request is served
 * and before anything else observing {@link Startup} with a later priority (demo data, workers).
 */
@ApplicationScoped
public class MigrationOnStartup {

    /** Observers of {@link Startup} that need the migrated schema use a priority after this one. */
    public static final int PRIORITY = 100;

    @Resource(lookup = "jdbc/registry")
    private DataSource dataSource;

    private volatile String schemaVersion;

    void migrate(@Observes @Priority(PRIORITY) Startup startup) {
        schemaVersion = DatabaseMigrator.migrate(dataSource);
    }

    /** The schema version after start-up, or null while the migration has not run. */
    public String schemaVersion() {
        return schemaVersion;
    }
}
