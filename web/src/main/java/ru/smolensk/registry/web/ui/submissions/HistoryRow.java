package ru.smolensk.registry.web.ui.submissions;

import java.io.Serializable;
import java.time.LocalDateTime;

import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.domain.model.submission.SubmissionTransition;
import ru.smolensk.registry.web.ui.RegionTime;

/** One status change of a plan or report: when (local time of Smolensk), who, to which status, comment. */
public record HistoryRow(LocalDateTime at, String actor, SubmissionStatus from, SubmissionStatus to, String comment)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    static HistoryRow of(SubmissionTransition t) {
        return new HistoryRow(RegionTime.of(t.occurredAt()), t.actor(), t.from(),
                t.to(), t.comment());
    }
}
