package ru.smolensk.registry.domain.application.submission;

import java.util.List;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.submission.Submission;

/** A plan or report with its event entries in document order. */
public record SubmissionDetails(Submission submission, List<EventEntry> entries) {

    public SubmissionDetails {
        entries = List.copyOf(entries);
    }
}
