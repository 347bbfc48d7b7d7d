/** Tests of the e-mail reminders against a real SMTP server (GreenMail). */
package ru.smolensk.registry.web.reminders;
