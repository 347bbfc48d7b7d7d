/** Tests of the rules of e-mail reminders. */
package ru.smolensk.registry.domain.application.campaign.reminder;
