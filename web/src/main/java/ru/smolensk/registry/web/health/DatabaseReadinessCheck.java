package ru.smolensk.registry.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the schema has been migrated; the details only for administrators. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    HealthDetails details;

    @Override
    public HealthCheckResponse call() {
        return HealthDetails.statusOnly(details.database());
    }
}
