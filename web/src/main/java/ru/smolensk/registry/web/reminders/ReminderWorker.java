package ru.smolensk.registry.web.reminders;

import java.time.LocalDate;
import java.util.List;
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

import ru.smolensk.registry.domain.application.campaign.reminder.MailSender;
import ru.smolensk.registry.domain.application.campaign.reminder.Reminder;
import ru.smolensk.registry.domain.application.campaign.reminder.ReminderService;
import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/**
 * Sends due e-mail reminders on the server's managed scheduler when {@code reminders.mail.enabled=true}; each
 * reminder in a transaction of its own, so one failure does not stop the others and is retried at the next run.
 */
@ApplicationScoped
public class ReminderWorker {

    private static final Logger LOG = Logger.getLogger(ReminderWorker.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReminderService reminders;

    @Inject
    ReminderSettings settings;

    private ScheduledFuture<?> task;

    void start(@Observes @Priority(MigrationOnStartup.PRIORITY + 300) Startup startup) {
        if (!settings.enabled()) {
            LOG.info("E-mail reminders are off: set reminders.mail.enabled=true and the SMTP server to send them");
            return;
        }
        long interval = settings.pollInterval().toMillis();
        task = scheduler.scheduleWithFixedDelay(this::runQuietly, 1000, interval, TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "E-mail reminders not sent; retrying at the next run", e);
        }
    }

    public boolean isEnabled() {
        return settings.enabled();
    }

    /** One run: sends every due reminder; returns how many were sent (none when reminders are off). */
    public int run() {
        if (!settings.enabled()) {
            return 0;
        }
        MailSender mail = settings.sender();
        List<Reminder> due = reminders.due(LocalDate.now(), settings.daysBefore(), settings.overdueWithinDays());
        int sent = 0;
        for (Reminder reminder : due) {
            try {
                if (reminders.send(reminder, mail)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminder to " + reminder.organizationCode() + " not sent; it stays due", e);
            }
        }
        if (sent > 0) {
            int count = sent;
            LOG.info(() -> "E-mail reminders sent: " + count);
        }
        return sent;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
