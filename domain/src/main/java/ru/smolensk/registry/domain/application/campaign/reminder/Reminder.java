package ru.smolensk.registry.domain.application.campaign.reminder;

import java.time.LocalDate;

import ru.smolensk.registry.domain.model.campaign.ReminderType;

/** A reminder due to be sent: to which organisation about which campaign, and the letter. */
public record Reminder(long campaignId, String organizationCode, ReminderType type, LocalDate deadline, String to,
        String subject, String body) {
}
