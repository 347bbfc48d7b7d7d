package ru.smolensk.registry.web.rest.submission;

import java.time.OffsetDateTime;
import java.util.List;

import ru.smolensk.registry.domain.application.submission.SubmissionDetails;

/** A plan or report with its entries in document order. */
public record SubmissionDetailsView(long id, OrganizationRef organization, String period, String periodLabel,
        String kind, String kindLabel, String level, String levelLabel, String status, String statusLabel,
        String note, OffsetDateTime createdAt, String createdBy, OffsetDateTime submittedAt, String submittedBy,
        OffsetDateTime decidedAt, String decidedBy, String returnReason, long version, List<EntryView> entries) {

    public static SubmissionDetailsView of(SubmissionDetails details) {
        SubmissionView s = SubmissionView.of(details.submission());
        return new SubmissionDetailsView(s.id(), s.organization(), s.period(), s.periodLabel(), s.kind(),
                s.kindLabel(), s.level(), s.levelLabel(), s.status(), s.statusLabel(), s.note(), s.createdAt(),
                s.createdBy(), s.submittedAt(), s.submittedBy(), s.decidedAt(), s.decidedBy(), s.returnReason(),
                s.version(), details.entries().stream().map(EntryView::of).toList());
    }
}
