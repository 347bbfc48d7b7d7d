package ru.smolensk.registry.web.ui.submissions;

import java.io.Serializable;
import java.time.LocalDate;

import ru.smolensk.registry.domain.model.event.EventEntry;

/** One entry of a plan or report as the submission page lists it, in the official order. */
public record EntryRow(long id, long version, int ordinal, String name, String place, String dates, LocalDate start,
        LocalDate end,
        String participants) implements Serializable {

    private static final long serialVersionUID = 1L;

    static EntryRow of(EventEntry e) {
        return new EntryRow(e.id(), e.version(), e.ordinal(), e.columns().name(), e.columns().place(),
                e.columns().dates(),
                e.dates().start(), e.dates().end(), e.columns().participants());
    }

    /** Whether the recognised end date differs from the start date (a range is shown). */
    public boolean isRange() {
        return start != null && end != null && !end.equals(start);
    }
}
