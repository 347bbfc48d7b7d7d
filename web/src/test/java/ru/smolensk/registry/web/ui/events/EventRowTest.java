package ru.smolensk.registry.web.ui.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.event.TextHighlighter;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** A list row cuts the name into the words the text query matched and the text between them. */
class EventRowTest {

    @Test
    void cutsTheNameAtTheMatchedWords() {
        TextHighlighter words = (query, text) -> List.of(new TextHighlighter.TextSpan(0, 7),
                new TextHighlighter.TextSpan(10, 19));
        EventRow row = EventRow.of(summary("Участие в фестивале"), words, "участие фестиваль");
        assertEquals(List.of(new EventRow.TextPart("Участие", true), new EventRow.TextPart(" в ", false),
                new EventRow.TextPart("фестивале", true)), row.nameParts());
    }

    @Test
    void keepsTheNameWholeWithoutMatches() {
        EventRow row = EventRow.of(summary("Круглый стол"), (query, text) -> List.of(), null);
        assertEquals(List.of(new EventRow.TextPart("Круглый стол", false)), row.nameParts());
    }

    private static EventSummary summary(String name) {
        return new EventSummary(1, 2, ReportingPeriod.parse("2025-Q2"), DocumentKind.REPORT, Level.REGIONAL,
                SubmissionStatus.APPROVED, "smolensk", "город Смоленск", null, null, null, 1,
                new OfficialColumns(name, null, null, null, null, null, null), null, null, null, List.of(), null,
                null, 0, null, null);
    }
}
