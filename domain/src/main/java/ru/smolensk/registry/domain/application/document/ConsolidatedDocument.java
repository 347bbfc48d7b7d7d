package ru.smolensk.registry.domain.application.document;

import java.util.List;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;

/**
 * The content of an official document: sections in the official order with their entries, the
 * note after the table, and whether it includes entries not yet approved (a draft).
 *
 * @param organisationName for an organisation's own document, its name; null for consolidated ones
 */
public record ConsolidatedDocument(DocumentKind kind, Level level, ReportingPeriod period, List<Section> sections,
        String note, boolean draft, String organisationName) {

    public ConsolidatedDocument {
        sections = List.copyOf(sections);
    }

    /** A section (municipality or sphere) and its entries in order. */
    public record Section(String title, List<EventEntry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    public int eventCount() {
        return sections.stream().mapToInt(s -> s.entries().size()).sum();
    }
}
