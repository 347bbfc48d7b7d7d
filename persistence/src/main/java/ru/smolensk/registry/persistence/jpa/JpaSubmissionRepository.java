package ru.smolensk.registry.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.ApprovedSubmission;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionRepository;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;

/** Submissions in JPA. */
@ApplicationScoped
public class JpaSubmissionRepository implements SubmissionRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    protected JpaSubmissionRepository() {
    }

    public JpaSubmissionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Submission> findById(long id) {
        return Optional.ofNullable(em.find(Submission.class, id));
    }

    @Override
    public Optional<Submission> find(Organization organization, ReportingPeriod period, DocumentKind kind) {
        return em.createQuery("select s from Submission s where s.organization = :org and s.period = :period"
                + " and s.kind = :kind", Submission.class).setParameter("org", organization)
                .setParameter("period", period).setParameter("kind", kind).getResultStream().findFirst();
    }

    @Override
    public List<Submission> findByPeriod(ReportingPeriod period, DocumentKind kind, Level level) {
        return em.createQuery("select s from Submission s where s.period = :period and s.kind = :kind"
                + " and s.level = :level order by s.organization.sortOrder, s.organization.code", Submission.class)
                .setParameter("period", period).setParameter("kind", kind).setParameter("level", level)
                .getResultList();
    }

    @Override
    public List<Submission> findByOrganization(Organization organization) {
        return em.createQuery("select s from Submission s where s.organization = :org"
                + " order by s.period desc, s.kind", Submission.class).setParameter("org", organization)
                .getResultList();
    }

    @Override
    public List<Submission> search(SubmissionQuery query) {
        SubmissionQueryJpql jpql = new SubmissionQueryJpql(query);
        return jpql.bind(em.createQuery(jpql.jpql(), Submission.class)).getResultList();
    }

    /**
     * Saves the submission; the save of a report that became approved or stopped being approved writes anew the
     * fulfilment summary of the plans its entries are linked to (which counts only approved reports' links) and
     * locks them for it. Any other save of a report (submitted, returned) leaves its plans alone.
     */
    @Override
    public Submission save(Submission submission) {
        boolean approvalChanged = submission.id() != null && submission.approvalChanged();
        Submission saved = Persisting.save(em, submission, submission.id());
        if (approvalChanged && saved.kind() == DocumentKind.REPORT) {
            new StatisticsSummary(em).summariseFulfilmentLinkedFrom(saved.id());
        }
        return saved;
    }

    /** The keys only (no submission is built): one index range of {@code (status, decided_at, id)}. */
    @Override
    public List<ApprovedSubmission> approvedAfter(java.time.OffsetDateTime decidedAt, long id, int limit) {
        return em.createQuery("select s.id, s.decidedAt from Submission s where s.status = :approved"
                + " and (s.decidedAt > :at or (s.decidedAt = :at and s.id > :id)) order by s.decidedAt, s.id",
                Object[].class).setParameter("approved", SubmissionStatus.APPROVED).setParameter("at", decidedAt)
                .setParameter("id", id).setMaxResults(limit).getResultStream()
                .map(row -> new ApprovedSubmission((Long) row[0], (java.time.OffsetDateTime) row[1])).toList();
    }
}
