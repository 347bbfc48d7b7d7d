package ru.smolensk.registry.web.ui.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * An event as the list shows it: the official columns verbatim, the dates as recognised, the
 * organisation and the plan or report it belongs to, the normalized format and countries (for the export).
 */
public record EventRow(long id, int ordinal, String name, String place, String dates, LocalDate start,
        LocalDate end, String participants, String organization, DocumentKind kind, String period,
        SubmissionStatus status, EventFormat format, List<String> countryCodes) implements Serializable {

    private static final long serialVersionUID = 1L;

    static EventRow of(EventEntry e) {
        Submission s = e.submission();
        return new EventRow(e.id(), e.ordinal(), e.columns().name(), e.columns().place(), e.columns().dates(),
                e.dates().start(), e.dates().end(), e.columns().participants(),
                s.organization().nameOn(s.period().start()), s.kind(), s.period().code(), s.status(), e.format(),
                List.copyOf(e.countryCodes()));
    }

    /** Whether the recognised end date differs from the start date (a range is shown). */
    public boolean isRange() {
        return start != null && end != null && !end.equals(start);
    }
}
