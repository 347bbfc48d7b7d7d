/**
 * E-mail reminders of campaign deadlines: who has not handed in a few days before the deadline or after it, which
 * reminders are already sent, and the sending through a mail port (off unless configured).
 */
package ru.smolensk.registry.domain.application.campaign.reminder;
