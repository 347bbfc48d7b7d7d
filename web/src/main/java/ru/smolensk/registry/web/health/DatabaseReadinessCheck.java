package ru.smolensk.registry.web.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/** Ready when the database answers and the schema has been migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Resource(lookup = "jdbc/registry")
    DataSource dataSource;

    @Inject
    MigrationOnStartup migration;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        String schemaVersion = migration.schemaVersion();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from organization")) {
            rs.next();
            return response.status(schemaVersion != null).withData("product", c.getMetaData().getDatabaseProductName())
                    .withData("schemaVersion", String.valueOf(schemaVersion)).withData("organizations", rs.getLong(1))
                    .build();
        } catch (Exception e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
