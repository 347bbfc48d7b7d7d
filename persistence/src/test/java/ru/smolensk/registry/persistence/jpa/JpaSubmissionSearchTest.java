package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionQuery;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/** The filtered list of submissions against a real migrated database. */
class JpaSubmissionSearchTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final ReportingPeriod H1 = ReportingPeriod.parse("2031-H1");
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2031-Q1");
    private static final ReportingPeriod Q2 = ReportingPeriod.parse("2031-Q2");

    private static EntityManagerFactory emf;

    @BeforeAll
    static void createSubmissions() {
        emf = TestDatabase.migrated().entityManagerFactory();
        inTransaction(em -> {
            JpaOrganizationRepository organizations = new JpaOrganizationRepository(em);
            JpaSubmissionRepository submissions = new JpaSubmissionRepository(em);
            Organization smolensk = organizations.findByCode("smolensk").orElseThrow();
            Organization shumyachi = organizations.findByCode("shumyachsky").orElseThrow();
            Organization culture = organizations.findByCode("min_culture").orElseThrow();
            submissions.save(new Submission(shumyachi, H1, DocumentKind.PLAN, "test", NOW));
            submissions.save(new Submission(smolensk, H1, DocumentKind.PLAN, "test", NOW));
            submissions.save(new Submission(culture, H1, DocumentKind.PLAN, "test", NOW));
            Submission submitted = new Submission(smolensk, Q1, DocumentKind.REPORT, "test", NOW);
            submitted.submit("test", NOW);
            submissions.save(submitted);
            submissions.save(new Submission(smolensk, Q2, DocumentKind.REPORT, "test", NOW));
            return null;
        });
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    private static List<Submission> search(SubmissionQuery query) {
        return inTransaction(em -> new JpaSubmissionRepository(em).search(query));
    }

    private static List<String> describe(List<Submission> submissions) {
        return submissions.stream().map(s -> s.organization().code() + " " + s.period() + " " + s.kind()).toList();
    }

    @Test
    void withoutFiltersListsEverySubmissionNewestPeriodFirstInTheOfficialOrder() {
        List<String> all = describe(search(SubmissionQuery.all()));
        assertEquals(List.of("smolensk 2031-Q2 REPORT", "smolensk 2031-Q1 REPORT", "smolensk 2031-H1 PLAN",
                "shumyachsky 2031-H1 PLAN", "min_culture 2031-H1 PLAN"), all);
    }

    @Test
    void filtersByPeriodKindAndLevel() {
        assertEquals(List.of("smolensk 2031-H1 PLAN", "shumyachsky 2031-H1 PLAN"),
                describe(search(new SubmissionQuery(H1, DocumentKind.PLAN, Level.MUNICIPAL, null, null))));
        assertEquals(List.of("min_culture 2031-H1 PLAN"),
                describe(search(new SubmissionQuery(null, null, Level.REGIONAL, null, null))));
        assertEquals(2, search(new SubmissionQuery(null, DocumentKind.REPORT, null, null, null)).size());
    }

    @Test
    void filtersByOrganisationAndStatus() {
        assertEquals(List.of("smolensk 2031-Q1 REPORT"), describe(search(
                new SubmissionQuery(null, null, null, "smolensk", SubmissionStatus.SUBMITTED))));
        assertEquals(3, search(SubmissionQuery.all().ofOrganization("smolensk")).size());
        assertTrue(search(SubmissionQuery.all().ofOrganization("nowhere")).isEmpty());
        assertTrue(search(new SubmissionQuery(Q2, null, null, "shumyachsky", null)).isEmpty());
    }
}
