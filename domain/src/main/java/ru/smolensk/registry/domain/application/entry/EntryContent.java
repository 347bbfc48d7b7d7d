package ru.smolensk.registry.domain.application.entry;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.normalization.NormalizedRow;

/**
 * What an entry says: its official columns verbatim, and what replaces the values read from them. Countries
 * (ISO codes) and agreements are read from the text when null; a list given replaces what the text says (an
 * agreement without a date is signed on the event's start), and so does a format a person chose (null: read from
 * the text). An import has normalized the row already to report
 * its warnings; the exchange names the partner's record id.
 */
public record EntryContent(OfficialColumns columns, Set<String> countries, List<AgreementTerms> agreements,
        NormalizedRow normalized, String sourceRecordId, EventFormat format) {

    public EntryContent {
        if (columns == null || columns.name() == null || columns.name().isBlank()) {
            throw new IllegalArgumentException("Наименование мероприятия не заполнено");
        }
        countries = countries == null ? null : Collections.unmodifiableSet(new LinkedHashSet<>(countries));
        agreements = agreements == null ? null : List.copyOf(agreements);
        format = format == EventFormat.UNKNOWN ? null : format;
    }

    /** The columns only: everything else is read from them. */
    public static EntryContent of(OfficialColumns columns) {
        return new EntryContent(columns, null, null, null, null, null);
    }

    /** The columns as a row normalized already. */
    public static EntryContent normalized(OfficialColumns columns, NormalizedRow row) {
        return new EntryContent(columns, null, null, row, null, null);
    }

    /** The columns of a partner's record. */
    public static EntryContent received(OfficialColumns columns, String recordId) {
        return new EntryContent(columns, null, null, null, recordId, null);
    }

    /** The columns with the countries and agreements a person chose (null: read from the text). */
    public static EntryContent chosen(OfficialColumns columns, Set<String> countries,
            List<AgreementTerms> agreements) {
        return chosen(columns, countries, agreements, null);
    }

    /** The columns with the countries, agreements and format a person chose (null: read from the text). */
    public static EntryContent chosen(OfficialColumns columns, Set<String> countries,
            List<AgreementTerms> agreements, EventFormat format) {
        return new EntryContent(columns, countries, agreements, null, null, format);
    }
}
