package ru.smolensk.registry.web.rest.event;

import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventSummary;

/** An event entry as the API shows it: the official columns verbatim and the normalized values. */
public record EventView(long id, long submissionId, String period, String kind, String level, String status,
        Reference organization, Reference sphere, String section, int ordinal, String name, String place,
        Dates dates, String description, String goal, String outcome, String participants, String format,
        String role, List<String> countries, Integer participantsCount, Long planEntryId, long version) {

    /** An organisation or sphere by code and name. */
    public record Reference(String code, String name) {
    }

    /** The dates column verbatim and its reading. */
    public record Dates(String text, LocalDate start, LocalDate end, String precision, String dateClass,
            String qualifier) {
    }

    public static EventView of(EventEntry e) {
        return of(EventSummary.of(e));
    }

    public static EventView of(EventSummary e) {
        DateRange d = e.dates();
        return new EventView(e.id(), e.submissionId(), e.period().code(), e.kind().name(), e.level().name(),
                e.status().name(), new Reference(e.organizationCode(), e.organizationName()),
                e.sphereCode() == null ? null : new Reference(e.sphereCode(), e.sphereName()), e.sectionTitle(),
                e.ordinal(), e.columns().name(), e.columns().place(),
                new Dates(e.columns().dates(), d == null ? null : d.start(), d == null ? null : d.end(),
                        d == null || d.precision() == null ? null : d.precision().name(),
                        d == null || d.dateClass() == null ? null : d.dateClass().name(),
                        d == null ? null : d.qualifier()),
                e.columns().description(), e.columns().goal(), e.columns().outcome(), e.columns().participants(),
                e.format() == null ? null : e.format().name(), e.role() == null ? null : e.role().name(),
                e.countryCodes(), e.participantsCount(), e.planEntryId(), e.version());
    }
}
