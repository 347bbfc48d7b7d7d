package ru.smolensk.registry.domain.model.campaign;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.organization.Organization;

/** The e-mail reminders sent. */
public interface SentReminderRepository {

    boolean exists(Campaign campaign, Organization organization, ReminderType type, LocalDate deadline);

    /**
     * Records a reminder at once unless the same one (campaign, organisation, type, deadline) is recorded: a
     * concurrent transaction recording it (another server's reminder job) is waited for. False, without an error, when
     * the reminder was already recorded, so the caller does not send it again.
     */
    boolean recordIfAbsent(SentReminder reminder);

    /** The latest reminders, newest first. */
    List<SentReminder> latest(int limit);
}
