package ru.smolensk.registry.web.ui.entry;

import java.io.Serializable;
import java.time.LocalDate;

import ru.smolensk.registry.domain.application.event.AgreementInput;
import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.AgreementType;

/** A document signed at a reported event, as the form lists it. */
public record AgreementLine(AgreementType type, String title, String parties, LocalDate signedOn)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    static AgreementLine of(Agreement a) {
        return new AgreementLine(a.type(), a.title(), a.parties(), a.signedOn());
    }

    AgreementInput input() {
        return new AgreementInput(type, title, parties, signedOn);
    }
}
