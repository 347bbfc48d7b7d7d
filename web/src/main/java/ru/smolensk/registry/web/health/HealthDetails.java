package ru.smolensk.registry.web.health;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;
import ru.smolensk.registry.web.deployment.HttpPortReadinessCheck;

/**
 * The server's health with details (database product, schema version, memory, the HTTP port). The public health checks
 * ({@code /health}) show only their status; the details are for administrators ({@code GET /api/system/health}).
 */
@ApplicationScoped
public class HealthDetails {

    @Resource(lookup = "jdbc/registry")
    DataSource dataSource;

    @Inject
    MigrationOnStartup migration;

    @Inject
    @Readiness
    HttpPortReadinessCheck httpPort;

    /** Ready when the database answers and the schema has been migrated. */
    public HealthCheckResponse database() {
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

    /** Alive while the JVM has headroom: down when less than 5% of the maximum heap is left after use. */
    public HealthCheckResponse memory() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return HealthCheckResponse.named("memory").status(used < rt.maxMemory() * 0.95)
                .withData("usedMb", used / (1024 * 1024)).withData("maxMb", rt.maxMemory() / (1024 * 1024)).build();
    }

    /** Every check with its details. */
    public List<HealthCheckResponse> all() {
        return List.of(memory(), database(), httpPort.details());
    }

    /** The response without its details, as anyone may see it. */
    public static HealthCheckResponse statusOnly(HealthCheckResponse full) {
        return HealthCheckResponse.named(full.getName()).status(full.getStatus() == HealthCheckResponse.Status.UP)
                .build();
    }
}
