package ru.smolensk.registry.web.reminders;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settings of e-mail reminders from Liberty variables (through MicroProfile Config): {@code reminders.mail.enabled}
 * (false), {@code reminders.mail.smtp.host} (localhost), {@code .smtp.port} (25), {@code .smtp.user} and
 * {@code .smtp.password} (none), {@code .smtp.starttls} (false), {@code reminders.mail.from},
 * {@code reminders.days-before} (7), {@code reminders.overdue-within-days} (30) and the job's interval
 * {@code reminders.poll-minutes} (60).
 */
@ApplicationScoped
public class ReminderSettings {

    private static Optional<String> text(String key) {
        return ConfigProvider.getConfig().getOptionalValue(key, String.class).map(String::strip)
                .filter(s -> !s.isEmpty());
    }

    private static int number(String key, int defaultValue) {
        try {
            return Math.max(0, Integer.parseInt(text(key).orElse(String.valueOf(defaultValue))));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public boolean enabled() {
        return text("reminders.mail.enabled").map(Boolean::parseBoolean).orElse(false);
    }

    public String host() {
        return text("reminders.mail.smtp.host").orElse("localhost");
    }

    public int port() {
        return number("reminders.mail.smtp.port", 25);
    }

    public Optional<String> user() {
        return text("reminders.mail.smtp.user");
    }

    public Optional<String> password() {
        return text("reminders.mail.smtp.password");
    }

    public boolean startTls() {
        return text("reminders.mail.smtp.starttls").map(Boolean::parseBoolean).orElse(false);
    }

    public String from() {
        return text("reminders.mail.from").orElse("registry@localhost");
    }

    public int daysBefore() {
        return number("reminders.days-before", 7);
    }

    public int overdueWithinDays() {
        return number("reminders.overdue-within-days", 30);
    }

    public Duration pollInterval() {
        return Duration.ofMinutes(Math.max(1, number("reminders.poll-minutes", 60)));
    }

    /** The sender for these settings. */
    public SmtpMailSender sender() {
        return new SmtpMailSender(host(), port(), user().orElse(null), password().orElse(null), startTls(), from());
    }
}
