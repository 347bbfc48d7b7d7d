package ru.smolensk.registry.web.backup;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import ru.smolensk.registry.domain.application.backup.BackupService;
import ru.smolensk.registry.domain.application.backup.OnlineBackup;
import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/**
 * Writes a backup of the embedded database every {@code backup.h2.interval-hours} (the first one interval after the
 * start) and keeps the newest {@code backup.h2.keep}. Nothing is scheduled on PostgreSQL ({@code pg_dump}).
 */
@ApplicationScoped
public class BackupSchedule {

    private static final Logger LOG = Logger.getLogger(BackupSchedule.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    BackupService backups;

    @Inject
    OnlineBackup database;

    @Inject
    BackupSettings settings;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(MigrationOnStartup.PRIORITY + 300) Startup startup) {
        Duration interval = settings.interval().orElse(null);
        if (interval == null) {
            LOG.info("Scheduled database backups are off (backup.h2.interval-hours=0)");
            return;
        }
        if (!database.supported()) {
            LOG.info("Scheduled database backups are for the embedded database only; back PostgreSQL up with pg_dump");
            return;
        }
        String every = interval.toMinutes() > 0 ? interval.toMinutes() + " min" : interval.toSeconds() + " s";
        LOG.info(() -> "Database backups every " + every + " into " + settings.folder().path()
                + ", the newest " + settings.keep() + " kept");
        task = scheduler.scheduleWithFixedDelay(this::backUpQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void backUpQuietly() {
        try {
            backups.backUpOnSchedule(settings.folder(), settings.keep());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Scheduled database backup failed; trying again at the next interval", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
