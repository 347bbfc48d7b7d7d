package ru.smolensk.registry.web.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has headroom: fails when less than 5% of the maximum heap is left after use. */
@Liveness
@ApplicationScoped
public class ApplicationLivenessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        return HealthCheckResponse.named("memory").status(used < rt.maxMemory() * 0.95)
                .withData("usedMb", used / (1024 * 1024)).withData("maxMb", rt.maxMemory() / (1024 * 1024)).build();
    }
}
