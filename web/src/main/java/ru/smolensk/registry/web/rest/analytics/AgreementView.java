package ru.smolensk.registry.web.rest.analytics;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.submission.Submission;

/** An entry of the agreements registry with the event it was signed at. */
public record AgreementView(long id, String type, String title, String parties, LocalDate signedOn, String text,
        long eventId, String eventName, String period, String organization, String organizationName,
        String status, List<String> countries) {

    static AgreementView of(Agreement a) {
        EventEntry event = a.event();
        Submission s = event.submission();
        return new AgreementView(a.id(), a.type().name(), a.title(), a.parties(), a.signedOn(), a.rawText(),
                event.id(), event.columns().name(), s.period().code(), s.organization().code(),
                s.organization().nameOn(s.period().start()), s.status().name(), List.copyOf(event.countryCodes()));
    }
}
