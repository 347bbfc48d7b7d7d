package ru.smolensk.registry.web.rest.submission;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;

/** One row of a plan or report: its place in the document and the official columns verbatim. */
@Schema(description = "Строка плана или отчета: место в документе и графы дословно; изменяется через /api/events/{id}")
public record EntryView(long id, int ordinal, String section, String name, String place, Dates dates,
        String description, String goal, String outcome, String participants, long version) {

    /** The dates column verbatim and the period read from it. */
    @Schema(name = "EntryDates", description = "Графа «Сроки проведения» дословно и прочитанный из нее период")
    public record Dates(String text, LocalDate start, LocalDate end, String precision) {
    }

    public static EntryView of(EventEntry e) {
        OfficialColumns c = e.columns();
        DateRange d = e.dates();
        return new EntryView(e.id(), e.ordinal(), e.sectionTitle(), c.name(), c.place(),
                new Dates(c.dates(), d == null ? null : d.start(), d == null ? null : d.end(),
                        d == null || d.precision() == null ? null : d.precision().name()),
                c.description(), c.goal(), c.outcome(), c.participants(), e.version());
    }
}
