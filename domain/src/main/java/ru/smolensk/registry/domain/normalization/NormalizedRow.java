package ru.smolensk.registry.domain.normalization;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.NormalizedValues;

/** Everything normalized from one row's verbatim columns, and the warnings it raised (in Russian). */
public record NormalizedRow(NormalizedValues values, List<ExtractedAgreement> agreements, List<RowWarning> warnings) {

    public NormalizedRow {
        agreements = List.copyOf(agreements);
        warnings = List.copyOf(warnings);
    }

    /** The agreements read from the row, as signed on that day (the start of the event). */
    public List<AgreementTerms> agreementTerms(LocalDate signedOn) {
        return agreements.stream().map(a -> new AgreementTerms(a.type(), a.title(), a.parties(), signedOn,
                a.rawSentence())).toList();
    }
}
