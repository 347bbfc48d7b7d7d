/**
 * E-mail reminders of deadlines through Jakarta Mail (Liberty's mail-2.1 feature): the settings from Liberty
 * variables, the SMTP sender and the scheduled job. Off unless {@code reminders.mail.enabled=true}.
 */
package ru.smolensk.registry.web.reminders;
