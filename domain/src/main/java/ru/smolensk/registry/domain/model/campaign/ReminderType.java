package ru.smolensk.registry.domain.model.campaign;

/** Why an organisation is reminded: its deadline is near, or it has passed without the document. */
public enum ReminderType {
    DUE_SOON, OVERDUE
}
