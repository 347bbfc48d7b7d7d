package ru.smolensk.registry.domain.application.campaign;

import java.time.LocalDate;

/**
 * An in-app reminder: a deadline coming up ({@code DUE_SOON}) or passed ({@code OVERDUE}) for a document not
 * handed in; for the coordinator, a closed campaign with organisations still missing.
 */
public record Notice(String type, String kind, String level, String period, LocalDate deadline, String text) {
}
