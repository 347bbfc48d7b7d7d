package ru.smolensk.registry.web.rest.submission;

import java.time.OffsetDateTime;

import ru.smolensk.registry.domain.model.submission.SubmissionTransition;

/** One step of a submission's history; {@code from} is null for the creation of the draft. */
public record TransitionView(String from, String fromLabel, String to, String toLabel, String actor,
        OffsetDateTime at, String comment) {

    public static TransitionView of(SubmissionTransition t) {
        return new TransitionView(t.from() == null ? null : t.from().name(), SubmissionLabels.status(t.from()),
                t.to().name(), SubmissionLabels.status(t.to()), t.actor(), t.occurredAt(), t.comment());
    }
}
