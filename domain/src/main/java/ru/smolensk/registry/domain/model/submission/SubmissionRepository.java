package ru.smolensk.registry.domain.model.submission;

import java.util.List;
import java.util.Optional;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;

/** Plans and reports of organisations. */
public interface SubmissionRepository {

    Optional<Submission> findById(long id);

    Optional<Submission> find(Organization organization, ReportingPeriod period, DocumentKind kind);

    /** Submissions of one kind, level and period in the official order of their organisations. */
    List<Submission> findByPeriod(ReportingPeriod period, DocumentKind kind, Level level);

    List<Submission> findByOrganization(Organization organization);

    /**
     * Submissions matching the query: newest period first, plans before reports, then in the official
     * order of their organisations.
     */
    List<Submission> search(SubmissionQuery query);

    Submission save(Submission submission);

    /**
     * Approved submissions whose approval comes after the given one in the order (approval time, id), oldest
     * first: the changes feed for partner systems.
     */
    List<ApprovedSubmission> approvedAfter(java.time.OffsetDateTime decidedAt, long id, int limit);
}
