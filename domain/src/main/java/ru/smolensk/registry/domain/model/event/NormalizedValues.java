package ru.smolensk.registry.domain.model.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The values read from an entry's verbatim columns: dates, format, role, participant count, places, the countries
 * involved and the status of each field's reading.
 */
public record NormalizedValues(DateRange dates, EventFormat format, EventRole role, ParticipantCount participants,
        List<EventPlace> places, Collection<String> countries, Map<EventField, FieldStatus> statuses) {

    /** The same values with these countries instead (a person chose them). */
    public NormalizedValues withCountries(Collection<String> chosen) {
        return new NormalizedValues(dates, format, role, participants, places, chosen, statuses);
    }

    /** The same values with this format instead (a person chose it). */
    public NormalizedValues withFormat(EventFormat chosen) {
        return new NormalizedValues(dates, chosen, role, participants, places, countries, statuses);
    }
}
