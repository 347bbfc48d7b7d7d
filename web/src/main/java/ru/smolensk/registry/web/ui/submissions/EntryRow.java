package ru.smolensk.registry.web.ui.submissions;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.ParticipantCount;

/**
 * One entry of a plan or report as the submission page lists it, in the official order: every official column,
 * the normalized values (format, countries by name, participant count, agreements) and whether it was added or
 * changed since the document was last returned.
 *
 * @param section the section title (municipality or sphere) as in the document
 * @param change {@code NEW} or {@code CHANGED} since the last return, or null
 */
public record EntryRow(long id, long version, int ordinal, String name, String place, String dates, LocalDate start,
        LocalDate end, String participants, String section, String description, String goal, String outcome,
        EventFormat format, List<String> countries, String participantCount, List<String> agreements,
        String change) implements Serializable {

    private static final long serialVersionUID = 1L;

    public EntryRow {
        countries = List.copyOf(countries);
        agreements = List.copyOf(agreements);
    }

    static EntryRow of(EventEntry e) {
        return of(e, Map.of(), null, List.of());
    }

    /**
     * @param countryNames Russian names of countries by code (an unknown code is shown as it is)
     * @param since when the document was last returned (null: never), to mark what was added or changed after it
     * @param agreements the entry's agreements as the page words them
     */
    static EntryRow of(EventEntry e, Map<String, String> countryNames, OffsetDateTime since,
            List<String> agreements) {
        String change = null;
        if (since != null && e.createdAt() != null && e.createdAt().isAfter(since)) {
            change = "NEW";
        } else if (since != null && e.updatedAt() != null && e.updatedAt().isAfter(since)) {
            change = "CHANGED";
        }
        return new EntryRow(e.id(), e.version(), e.ordinal(), e.columns().name(), e.columns().place(),
                e.columns().dates(), e.dates().start(), e.dates().end(), e.columns().participants(), e.sectionTitle(),
                e.columns().description(), e.columns().goal(), e.columns().outcome(), e.format(),
                e.countryCodes().stream().sorted().map(c -> countryNames.getOrDefault(c, c)).sorted().toList(),
                count(e.participantCount()), agreements, change);
    }

    private static String count(ParticipantCount count) {
        if (count == null || count.value() == null) {
            return null;
        }
        return count.max() != null && !count.max().equals(count.value())
                ? count.value() + "–" + count.max()
                : String.valueOf(count.value());
    }

    /** Whether the recognised end date differs from the start date (a range is shown). */
    public boolean isRange() {
        return start != null && end != null && !end.equals(start);
    }

    public String getCountryNames() {
        return String.join(", ", countries);
    }
}
