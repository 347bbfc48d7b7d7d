package ru.smolensk.registry.web.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.smolensk.registry.domain.application.backup.BackupFolder;

/**
 * Settings of the embedded database's backups from Liberty variables (through MicroProfile Config):
 * {@code backup.h2.folder} (the server's {@code backups/} folder), {@code backup.h2.interval-hours} (0: no schedule;
 * a fraction allowed, {@code 0.25} is every quarter of an hour) and {@code backup.h2.keep} (7 scheduled backups kept). A value that is not a number stops the deployment with
 * MicroProfile Config's message naming the setting.
 */
@ApplicationScoped
public class BackupSettings {

    @Inject
    @ConfigProperty(name = "backup.h2.folder", defaultValue = "backups")
    String folder;

    @Inject
    @ConfigProperty(name = "backup.h2.interval-hours", defaultValue = "0")
    double intervalHours;

    @Inject
    @ConfigProperty(name = "backup.h2.keep", defaultValue = "7")
    int keep;

    /** The folder backups are written to. */
    public BackupFolder folder() {
        return new BackupFolder(Path.of(folder.strip()).toAbsolutePath());
    }

    /** The interval of scheduled backups; empty when there is no schedule. */
    public Optional<Duration> interval() {
        long millis = Math.round(intervalHours * Duration.ofHours(1).toMillis());
        return millis <= 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    /** How many scheduled backups are kept (at least one). */
    public int keep() {
        return Math.max(1, keep);
    }
}
