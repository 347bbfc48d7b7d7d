package ru.smolensk.registry.web.rest.submission;

import java.time.OffsetDateTime;

import ru.smolensk.registry.domain.model.submission.Submission;

/** A plan or report without its entries: what the list shows. Enum values come with Russian labels. */
public record SubmissionView(long id, OrganizationRef organization, String period, String periodLabel, String kind,
        String kindLabel, String level, String levelLabel, String status, String statusLabel, String note,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime submittedAt, String submittedBy,
        OffsetDateTime decidedAt, String decidedBy, String returnReason, long version) {

    public static SubmissionView of(Submission s) {
        return new SubmissionView(s.id(), OrganizationRef.of(s.organization(), s.period()), s.period().code(),
                SubmissionLabels.period(s.period()), s.kind().name(), SubmissionLabels.kind(s.kind()),
                s.level().name(), SubmissionLabels.level(s.level()), s.status().name(),
                SubmissionLabels.status(s.status()), s.note(), s.createdAt(), s.createdBy(), s.submittedAt(),
                s.submittedBy(), s.decidedAt(), s.decidedBy(), s.returnReason(), s.version());
    }
}
