package ru.smolensk.registry.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has headroom; the details only for administrators. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    @Inject
    HealthDetails details;

    @Override
    public HealthCheckResponse call() {
        return HealthDetails.statusOnly(details.memory());
    }
}
