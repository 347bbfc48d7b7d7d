package ru.smolensk.registry.domain.application.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventPlace;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.FieldStatus;
import ru.smolensk.registry.domain.model.event.ParticipantCount;
import ru.smolensk.registry.domain.normalization.ExtractedAgreement;

/** Everything normalized from one row's verbatim columns, and the warnings it raised (in Russian). */
public record NormalizedRow(DateRange dates, EventFormat format, EventRole role, ParticipantCount participants,
        List<EventPlace> places, Set<String> countries, Map<EventField, FieldStatus> statuses,
        List<ExtractedAgreement> agreements, List<ImportIssue> warnings) {

    /** The agreements read from the row, as signed on that day (the start of the event). */
    public List<AgreementTerms> agreementTerms(LocalDate signedOn) {
        return agreements.stream().map(a -> new AgreementTerms(a.type(), a.title(), a.parties(), signedOn,
                a.rawSentence())).toList();
    }
}
