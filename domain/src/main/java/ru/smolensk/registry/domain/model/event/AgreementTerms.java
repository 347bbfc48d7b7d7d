package ru.smolensk.registry.domain.model.event;

import java.time.LocalDate;

/** What a signed document says: its type, title, parties, date and the sentence it was read from. */
public record AgreementTerms(AgreementType type, String title, String parties, LocalDate signedOn, String rawText) {
}
