package ru.smolensk.registry.web.deployment;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;
import ru.smolensk.registry.web.health.HealthDetails;

/**
 * Ready only while this server listens on its configured HTTP port. Liberty reports a port it could not bind (taken by
 * another process, no permission) in its log and still starts; this check makes that loud: readiness is DOWN, and a
 * while after start ({@code http.port.check-seconds}, a minute by default) the log says which port is not served and
 * why it usually is.
 */
@Readiness
@ApplicationScoped
public class HttpPortReadinessCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(HttpPortReadinessCheck.class.getName());
    private static final long STARTUP_CHECK_SECONDS = 2;

    @Inject
    DeploymentSettings settings;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    private final ListeningPorts ports = ListeningPorts.ofThisProcess();
    private final AtomicInteger startupChecks = new AtomicInteger();
    private volatile ScheduledFuture<?> startupCheck;

    /** Liberty opens its ports only after the applications have started: look again for a while, then say so. */
    void watch(@Observes @Priority(MigrationOnStartup.PRIORITY + 300) Startup startup) {
        startupCheck = scheduler.scheduleWithFixedDelay(this::checkAfterStart, STARTUP_CHECK_SECONDS,
                STARTUP_CHECK_SECONDS, TimeUnit.SECONDS);
    }

    void checkAfterStart() {
        Optional<Boolean> served = served();
        if (served.orElse(true)) {
            startupCheck.cancel(false);
        } else if (startupChecks.incrementAndGet() * STARTUP_CHECK_SECONDS >= settings.httpPortCheckSeconds()) {
            LOG.severe(problem());
            startupCheck.cancel(false);
        }
    }

    @PreDestroy
    void stop() {
        if (startupCheck != null) {
            startupCheck.cancel(false);
        }
    }

    /** The status only: the port and the problem are details for administrators ({@link #details()}). */
    @Override
    public HealthCheckResponse call() {
        return HealthDetails.statusOnly(details());
    }

    /** The check with its details: the port, whether it could be checked, the problem. */
    public HealthCheckResponse details() {
        var response = HealthCheckResponse.named("http-port").withData("port", settings.httpPort());
        Optional<Boolean> served = served();
        if (served.isEmpty()) {
            return response.up().withData("checked", false).build();
        }
        return served.get() ? response.up().build() : response.down().withData("error", problem()).build();
    }

    /** Whether this process listens on the HTTP port, or empty where that cannot be told. */
    Optional<Boolean> served() {
        int port = settings.httpPort();
        return ports.read().map((Set<Integer> listening) -> listening.contains(port));
    }

    private String problem() {
        return "HTTP port " + settings.httpPort() + " is not served by this server: it could not be bound (another "
                + "process holds it, or the account may not use a port below 1024); Liberty's CWWKO0221E message in "
                + "messages.log gives the cause. Free the port or set HTTP_PORT, then restart the server.";
    }
}
