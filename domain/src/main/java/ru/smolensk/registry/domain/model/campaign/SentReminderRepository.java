package ru.smolensk.registry.domain.model.campaign;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.organization.Organization;

/** The e-mail reminders sent. */
public interface SentReminderRepository {

    boolean exists(Campaign campaign, Organization organization, ReminderType type, LocalDate deadline);

    /** Records a reminder and writes it at once, so a duplicate fails before the mail goes out. */
    SentReminder record(SentReminder reminder);

    /** The latest reminders, newest first. */
    List<SentReminder> latest(int limit);
}
