package ru.smolensk.registry.web.deployment;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/**
 * First thing at start, before the database is touched: logs in one line what the server runs on, and refuses a start
 * that would quietly put production data into the embedded database. A refused start throws, so the application does
 * not start at all: nothing is migrated or written, no file is created under the server's {@code data/} folder, every
 * request is refused and {@code /health/ready} stays DOWN.
 */
@ApplicationScoped
public class StartupConfigurationCheck {

    private static final Logger LOG = Logger.getLogger(StartupConfigurationCheck.class.getName());

    @Inject
    DeploymentSettings settings;

    void check(@Observes @Priority(MigrationOnStartup.PRIORITY - 50) Startup startup) {
        LOG.info(settings.summary());
        settings.refusal().ifPresent(reason -> {
            LOG.severe("REGISTRY NOT STARTED. " + reason);
            throw new DeploymentRefusedException(reason);
        });
    }
}
