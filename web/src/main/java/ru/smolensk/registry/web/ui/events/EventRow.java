package ru.smolensk.registry.web.ui.events;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.TextHighlighter;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/**
 * An event as the list shows it: the official columns verbatim, the dates as recognised, the
 * organisation and the plan or report it belongs to, the normalized format and countries (for the export).
 */
public record EventRow(long id, int ordinal, String name, String place, String dates, LocalDate start,
        LocalDate end, String participants, String organization, DocumentKind kind, String period,
        SubmissionStatus status, EventFormat format, List<String> countryCodes, List<TextPart> nameParts)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    /** A piece of the name: a word the full-text search matched, or the text between such words. */
    public record TextPart(String text, boolean matched) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** The row of a summary, its name cut into the pieces the text query matched (marked in the list). */
    static EventRow of(EventSummary e, TextHighlighter highlighter, String query) {
        return new EventRow(e.id(), e.ordinal(), e.columns().name(), e.columns().place(), e.columns().dates(),
                e.dates() == null ? null : e.dates().start(), e.dates() == null ? null : e.dates().end(),
                e.columns().participants(), e.organizationName(), e.kind(), e.period().code(), e.status(),
                e.format(), e.countryCodes(),
                parts(e.columns().name(), highlighter.matches(query, e.columns().name())));
    }

    private static List<TextPart> parts(String text, List<TextHighlighter.TextSpan> spans) {
        List<TextPart> parts = new ArrayList<>();
        int at = 0;
        for (TextHighlighter.TextSpan span : spans) {
            if (span.start() > at) {
                parts.add(new TextPart(text.substring(at, span.start()), false));
            }
            parts.add(new TextPart(text.substring(span.start(), span.end()), true));
            at = span.end();
        }
        if (at < text.length()) {
            parts.add(new TextPart(text.substring(at), false));
        }
        return List.copyOf(parts);
    }

    /** Whether the recognised end date differs from the start date (a range is shown). */
    public boolean isRange() {
        return start != null && end != null && !end.equals(start);
    }
}
