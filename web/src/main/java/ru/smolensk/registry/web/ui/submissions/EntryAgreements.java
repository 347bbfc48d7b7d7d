package ru.smolensk.registry.web.ui.submissions;

import java.time.format.DateTimeFormatter;

import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.web.ui.Texts;

/** An entry's agreement as the review page words it: «Соглашение «…» (стороны), 12.03.2026». */
final class EntryAgreements {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private EntryAgreements() {
    }

    static String describe(Agreement agreement) {
        StringBuilder text = new StringBuilder(Texts.get("agreementType." + agreement.type().name()));
        if (agreement.title() != null && !agreement.title().isBlank()) {
            text.append(" «").append(agreement.title().strip()).append('»');
        }
        if (agreement.parties() != null && !agreement.parties().isBlank()) {
            text.append(" (").append(agreement.parties().strip()).append(')');
        }
        if (agreement.signedOn() != null) {
            text.append(", ").append(agreement.signedOn().format(DATE));
        }
        return text.toString();
    }
}
