package ru.smolensk.registry.domain.normalization;

import ru.smolensk.registry.domain.model.event.AgreementType;

/**
 * A document mentioned in a result text.
 *
 * @param type Соглашение, Договор, Меморандум, План мероприятий …
 * @param title the document as written, from its noun up to «между» («Соглашение о взаимном
 *        сотрудничестве»); the case is the one of the sentence («соглашения о сотрудничестве»)
 * @param parties the words after «между» (or after «с» followed by a name), as written, or {@code null}
 * @param rawSentence the whole sentence, whitespace-normalized
 */
public record ExtractedAgreement(AgreementType type, String title, String parties, String rawSentence) {
}
