package ru.smolensk.registry.domain.application.event;

import java.time.LocalDate;

import ru.smolensk.registry.domain.model.event.AgreementType;

/** A document signed at a reported event, as a person enters it (the date is the event's start when empty). */
public record AgreementInput(AgreementType type, String title, String parties, LocalDate signedOn) {
}
