package ru.smolensk.registry.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;

/** Submissions in memory: saving assigns the id and raises the version as JPA would on commit. */
public final class InMemorySubmissions implements SubmissionRepository {

    private final List<Submission> all = new ArrayList<>();
    private long nextId = 1;

    @Override
    public List<ru.smolensk.registry.domain.model.submission.ApprovedSubmission> approvedAfter(
            java.time.OffsetDateTime decidedAt, long id, int limit) {
        return all.stream()
                .filter(s -> s.status() == ru.smolensk.registry.domain.model.submission.SubmissionStatus.APPROVED)
                .filter(s -> s.decidedAt().isAfter(decidedAt) || s.decidedAt().isEqual(decidedAt) && s.id() > id)
                .sorted(java.util.Comparator.comparing(Submission::decidedAt).thenComparing(Submission::id))
                .limit(limit).map(s -> new ru.smolensk.registry.domain.model.submission.ApprovedSubmission(s.id(),
                        s.decidedAt()))
                .toList();
    }

    @Override
    public Optional<Submission> findById(long id) {
        return all.stream().filter(s -> s.id() == id).findFirst();
    }

    @Override
    public Optional<Submission> find(Organization organization, ReportingPeriod period, DocumentKind kind) {
        return all.stream().filter(s -> s.organization().equals(organization) && s.period().equals(period)
                && s.kind() == kind).findFirst();
    }

    @Override
    public List<Submission> findByPeriod(ReportingPeriod period, DocumentKind kind, Level level) {
        return search(new SubmissionQuery(period, kind, level, null, null));
    }

    @Override
    public List<Submission> findByOrganization(Organization organization) {
        return search(SubmissionQuery.all().ofOrganization(organization.code()));
    }

    @Override
    public List<Submission> search(SubmissionQuery q) {
        Predicate<Submission> matches = s -> (q.period() == null || q.period().equals(s.period()))
                && (q.kind() == null || q.kind() == s.kind()) && (q.level() == null || q.level() == s.level())
                && (q.organizationCode() == null || q.organizationCode().equals(s.organization().code()))
                && (q.status() == null || q.status() == s.status());
        return all.stream().filter(matches).toList();
    }

    @Override
    public Submission save(Submission submission) {
        if (submission.id() == null) {
            Fields.set(submission, "id", nextId++);
            Fields.set(submission, "version", 1L);
            all.add(submission);
        } else if (all.stream().anyMatch(s -> Objects.equals(s.id(), submission.id()))) {
            Fields.set(submission, "version", submission.version() + 1);
        }
        return submission;
    }
}
