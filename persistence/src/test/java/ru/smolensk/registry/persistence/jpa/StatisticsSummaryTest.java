package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventCounts;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.EventStatistics;
import ru.smolensk.registry.domain.model.event.FulfilmentCounts;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * The statistics summary (V34, V35) gives exactly the live counts of approved entries and the live fulfilment of
 * approved plans after approvals, returns, reopenings with changed entries and links, outcomes recorded and cleared,
 * and with submissions approved but never summarised.
 */
class StatisticsSummaryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2035, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final ReportingPeriod H1 = ReportingPeriod.parse("2035-H1");
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2035-Q1");
    private static final ReportingPeriod Q2 = ReportingPeriod.parse("2035-Q2");
    private static final List<List<ReportingPeriod>> RANGES = List.of(List.of(H1, Q1, Q2), List.of(Q1), List.of(Q2),
            List.of(H1));
    private static final List<DocumentKind> KINDS = Arrays.asList(null, DocumentKind.PLAN, DocumentKind.REPORT);

    private static EntityManagerFactory emf;

    @BeforeAll
    static void open() {
        emf = TestDatabase.migrated().entityManagerFactory();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void summaryEqualsLiveCountsThroughApprovalsReturnsAndReopenings() {
        long plan = inTransaction(em -> {
            Submission submission = draft(em, "smolensk", H1, DocumentKind.PLAN);
            JpaEventEntryRepository events = new JpaEventEntryRepository(em);
            events.save(entry(submission, 1, "2035-03-10", Set.of("BY")));
            events.save(entry(submission, 2, "2035-05-20", Set.of("BY", "CN")));
            events.save(entry(submission, 3, null, Set.of("KZ")));
            return approve(em, submission);
        });
        long report = inTransaction(em -> {
            Submission submission = draft(em, "smolensk", Q1, DocumentKind.REPORT);
            JpaEventEntryRepository events = new JpaEventEntryRepository(em);
            EventEntry held = entry(submission, 1, "2035-03-11", Set.of("BY"));
            held.fulfils(plannedEntry(em, plan, 1));
            events.save(held);
            EventEntry inSphere = entry(submission, 2, "2035-02-02", Set.of("CN", "BY"));
            inSphere.placeInSection("Экономика", null, new JpaSphereRepository(em).findByCode("ECONOMY")
                    .orElseThrow());
            events.save(inSphere);
            return approve(em, submission);
        });
        inTransaction(em -> {
            Submission submission = draft(em, "shumyachsky", Q2, DocumentKind.REPORT);
            new JpaEventEntryRepository(em).save(entry(submission, 1, "2035-04-01", Set.of("AM")));
            return submission.id();
        });
        assertSummaryEqualsLive("after approvals");
        assertEquals(List.of(), unsummarised(), "every approved submission is summarised");
        assertEquals(List.of(), unsummarisedPlans(), "every approved plan's fulfilment is summarised");

        assertEquals(Map.of("smolensk", 1L), statistics(em -> new JpaEventStatistics(em).fulfilmentCounts(
                RANGES.get(0), SubmissionStatus.APPROVED)).held(), "the linked plan entry is held");

        inTransaction(em -> {
            new JpaPlanOutcomeRepository(em).save(new PlanOutcome(plannedEntry(em, plan, 1),
                    Outcome.HELD_WITH_CHANGES, "Перенесено на март", "smolensk", NOW));
            return null;
        });
        assertSummaryEqualsLive("after an outcome held with changes");
        assertEquals(Map.of("smolensk", 1L), statistics(em -> new JpaEventStatistics(em).fulfilmentCounts(
                RANGES.get(0), SubmissionStatus.APPROVED)).heldWithChanges(), "held with changes");

        inTransaction(em -> reopen(em, report, "Исправить страны"));
        assertSummaryEqualsLive("after reopening the report (its link no longer counts)");
        inTransaction(em -> {
            Submission submission = em.find(Submission.class, report);
            JpaEventEntryRepository events = new JpaEventEntryRepository(em);
            events.save(entry(submission, 3, "2035-01-20", Set.of("RS")));
            EventEntry second = events.findBySubmission(submission).stream().filter(e -> e.ordinal() == 2)
                    .findFirst().orElseThrow();
            second.fulfils(plannedEntry(em, plan, 3));
            submission.submit("smolensk", NOW);
            return new JpaSubmissionRepository(em).save(submission).id();
        });
        assertSummaryEqualsLive("after the corrected report was submitted with a second link");
        inTransaction(em -> {
            Submission submission = em.find(Submission.class, report);
            submission.returnForCorrection("coordinator", NOW, "Проверить связь");
            return new JpaSubmissionRepository(em).save(submission).id();
        });
        assertSummaryEqualsLive("after the report was returned");
        inTransaction(em -> approve(em, em.find(Submission.class, report)));
        assertSummaryEqualsLive("after the corrected report was approved again");
        assertEquals(Map.of("smolensk", 2L), statistics(em -> new JpaEventStatistics(em).fulfilmentCounts(
                RANGES.get(0), SubmissionStatus.APPROVED)).held(), "two plan entries held");

        inTransaction(em -> reopen(em, report, "Снять связь"));
        inTransaction(em -> {
            Submission submission = em.find(Submission.class, report);
            new JpaEventEntryRepository(em).findBySubmission(submission).stream().filter(e -> e.ordinal() == 2)
                    .findFirst().orElseThrow().fulfils(null);
            return approve(em, submission);
        });
        assertSummaryEqualsLive("after a link was removed and the report approved again");

        inTransaction(em -> {
            new JpaPlanOutcomeRepository(em).delete(new JpaPlanOutcomeRepository(em)
                    .findByPlanEntry(plannedEntry(em, plan, 1)).orElseThrow());
            return null;
        });
        assertSummaryEqualsLive("after an outcome was cleared");
        inTransaction(em -> reopen(em, plan, "Уточнить план"));
        assertSummaryEqualsLive("after reopening the plan");
        inTransaction(em -> approve(em, em.find(Submission.class, plan)));
        assertSummaryEqualsLive("after the plan was approved again");
        assertEquals(List.of(), unsummarisedPlans(), "the plan approved again is summarised");

        inTransaction(em -> {
            Submission submission = draft(em, "min_culture", Q2, DocumentKind.REPORT);
            new JpaEventEntryRepository(em).save(entry(submission, 1, "2035-06-01", Set.of("VN")));
            submission.submit("culture", NOW);
            submission.approve("coordinator", NOW, null);
            return null;
        });
        assertFalse(unsummarised().isEmpty(), "approved without a summary");
        assertSummaryEqualsLive("with an approved submission counted live");

        inTransaction(em -> {
            EventEntry planned = plannedEntry(em, plan, 2);
            new JpaPlanOutcomeRepository(em).save(new PlanOutcome(planned, Outcome.NOT_HELD, "Отменено", "smolensk",
                    NOW));
            return reopen(em, report, "Ещё раз");
        });
        assertSummaryEqualsLive("after an outcome and a second reopening");
        assertEquals(Map.of("smolensk", 1L), statistics(em -> new JpaEventStatistics(em).fulfilmentCounts(
                RANGES.get(0), SubmissionStatus.APPROVED)).notHeld(), "not held");
        assertEquals(Map.of("2035-03", 1L, "2035-05", 1L, "2035-06", 1L),
                statistics(em -> new JpaEventStatistics(em).byMonth(RANGES.get(0), null, SubmissionStatus.APPROVED)));
    }

    /**
     * Two reports linked to one plan approved at the same moment: the second waits for the first's lock of the plan,
     * then writes the plan's fulfilment with both links (before that lock it failed on PostgreSQL with a duplicate
     * key of the summary, or would count one link).
     */
    @Test
    void twoReportsOfOnePlanApprovedAtOnceAreBothCounted() throws Exception {
        ReportingPeriod half = ReportingPeriod.parse("2036-H2");
        ReportingPeriod third = ReportingPeriod.parse("2036-Q3");
        ReportingPeriod fourth = ReportingPeriod.parse("2036-Q4");
        long plan = inTransaction(em -> {
            Submission submission = draft(em, "smolensk", half, DocumentKind.PLAN);
            JpaEventEntryRepository events = new JpaEventEntryRepository(em);
            events.save(entry(submission, 1, "2036-08-10", Set.of("BY")));
            events.save(entry(submission, 2, "2036-11-20", Set.of("BY")));
            return approve(em, submission);
        });
        long first = submittedReportLinkedTo(plan, third, 1, "2036-08-11");
        long second = submittedReportLinkedTo(plan, fourth, 2, "2036-11-21");

        CountDownLatch firstHoldsThePlan = new CountDownLatch(1);
        ExecutorService coordinators = Executors.newFixedThreadPool(2);
        try {
            Future<Long> one = coordinators.submit(() -> inTransaction(em -> {
                long id = approve(em, em.find(Submission.class, first));
                firstHoldsThePlan.countDown();
                awaitASessionWaitingForALock();
                return id;
            }));
            assertTrue(firstHoldsThePlan.await(30, TimeUnit.SECONDS), "the first approval reached its commit");
            Future<Long> other = coordinators.submit(() -> inTransaction(em -> approve(em, em.find(Submission.class,
                    second))));
            assertEquals(Long.valueOf(first), one.get(60, TimeUnit.SECONDS));
            assertEquals(Long.valueOf(second), other.get(60, TimeUnit.SECONDS));
        } finally {
            coordinators.shutdownNow();
        }

        List<ReportingPeriod> year = List.of(half, third, fourth);
        FulfilmentCounts live = statistics(em -> JpaEventStatistics.live(em).fulfilmentCounts(year,
                SubmissionStatus.APPROVED));
        FulfilmentCounts summarised = statistics(em -> new JpaEventStatistics(em).fulfilmentCounts(year,
                SubmissionStatus.APPROVED));
        assertEquals(live, summarised);
        assertEquals(Map.of("smolensk", 2L), summarised.held(), "both plan entries held");
        assertEquals(List.of(), statistics(em -> new ArrayList<>(new StatisticsSummary(em).unsummarisedPlans(year))),
                "the plan's fulfilment is summarised");
    }

    /**
     * Submitting or returning a report linked to a plan changes no count of approved documents, so it neither writes
     * the plan's fulfilment nor waits for the plan's row: here another transaction holds that row the whole time
     * (before, the submit waited for it — H2 gave up after its lock timeout, PostgreSQL waited on).
     */
    @Test
    void aReportSubmittedOrReturnedLeavesItsPlanAlone() throws Exception {
        ReportingPeriod half = ReportingPeriod.parse("2037-H1");
        long plan = inTransaction(em -> {
            Submission submission = draft(em, "smolensk", half, DocumentKind.PLAN);
            new JpaEventEntryRepository(em).save(entry(submission, 1, "2037-02-10", Set.of("BY")));
            return approve(em, submission);
        });
        CountDownLatch planHeld = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> inTransaction(em -> {
                em.createNativeQuery("SELECT id FROM submission WHERE id = ?1 FOR UPDATE").setParameter(1, plan)
                        .getResultList();
                planHeld.countDown();
                try {
                    return done.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
            assertTrue(planHeld.await(30, TimeUnit.SECONDS), "another transaction holds the plan's row");
            long report = submittedReportLinkedTo(plan, ReportingPeriod.parse("2037-Q1"), 1, "2037-02-11");
            inTransaction(em -> {
                Submission submitted = em.find(Submission.class, report);
                submitted.returnForCorrection("coordinator", NOW, "Уточните результаты");
                return new JpaSubmissionRepository(em).save(submitted).id();
            });
            done.countDown();
            holding.get(30, TimeUnit.SECONDS);
        } finally {
            done.countDown();
            holder.shutdownNow();
        }
        List<ReportingPeriod> periods = List.of(half, ReportingPeriod.parse("2037-Q1"));
        FulfilmentCounts summarised = statistics(em -> new JpaEventStatistics(em).fulfilmentCounts(periods,
                SubmissionStatus.APPROVED));
        assertEquals(statistics(em -> JpaEventStatistics.live(em).fulfilmentCounts(periods,
                SubmissionStatus.APPROVED)), summarised);
        assertEquals(0L, summarised.held().getOrDefault("smolensk", 0L), "no approved report holds the plan");
    }

    private static long submittedReportLinkedTo(long plan, ReportingPeriod quarter, int planOrdinal, String day) {
        return inTransaction(em -> {
            Submission submission = draft(em, "smolensk", quarter, DocumentKind.REPORT);
            EventEntry held = entry(submission, 1, day, Set.of("BY"));
            held.fulfils(plannedEntry(em, plan, planOrdinal));
            new JpaEventEntryRepository(em).save(held);
            submission.submit("smolensk", NOW);
            return new JpaSubmissionRepository(em).save(submission).id();
        });
    }

    /**
     * Holds the first approval's transaction open until the second one waits for one of its locks (H2 gives up a
     * wait after a second: polled every 10 ms), so that the two overlap on every machine, however loaded.
     */
    private static void awaitASessionWaitingForALock() {
        String waiting = TestDatabase.isPostgres()
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database()"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until && inTransaction(em -> ((Number) em.createNativeQuery(waiting)
                .getSingleResult()).longValue()) == 0) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void assertSummaryEqualsLive(String when) {
        for (List<ReportingPeriod> periods : RANGES) {
            for (DocumentKind kind : KINDS) {
                String what = when + ", " + periods + ", " + kind;
                assertEquals(live(s -> s.byCountry(periods, kind, SubmissionStatus.APPROVED)),
                        summarised(s -> s.byCountry(periods, kind, SubmissionStatus.APPROVED)), "countries " + what);
                assertEquals(live(s -> s.byOrganization(periods, kind, SubmissionStatus.APPROVED)),
                        summarised(s -> s.byOrganization(periods, kind, SubmissionStatus.APPROVED)),
                        "organisations " + what);
                assertEquals(live(s -> s.bySphere(periods, kind, SubmissionStatus.APPROVED)),
                        summarised(s -> s.bySphere(periods, kind, SubmissionStatus.APPROVED)), "spheres " + what);
                assertEquals(live(s -> s.byMonth(periods, kind, SubmissionStatus.APPROVED)),
                        summarised(s -> s.byMonth(periods, kind, SubmissionStatus.APPROVED)), "months " + what);
                EventCounts liveCounts = statistics(em -> JpaEventStatistics.live(em).counts(periods, kind,
                        SubmissionStatus.APPROVED));
                EventCounts summaryCounts = statistics(em -> new JpaEventStatistics(em).counts(periods, kind,
                        SubmissionStatus.APPROVED));
                assertEquals(liveCounts, summaryCounts, "all four counts " + what);
            }
            FulfilmentCounts liveFulfilment = statistics(em -> JpaEventStatistics.live(em).fulfilmentCounts(periods,
                    SubmissionStatus.APPROVED));
            FulfilmentCounts summaryFulfilment = statistics(em -> new JpaEventStatistics(em).fulfilmentCounts(
                    periods, SubmissionStatus.APPROVED));
            assertEquals(liveFulfilment, summaryFulfilment, "fulfilment " + when + ", " + periods);
        }
        assertTrue(live(s -> s.byCountry(RANGES.get(0), null, SubmissionStatus.APPROVED)).size() > 1, when);
    }

    private static Submission draft(EntityManager em, String organization, ReportingPeriod period,
            DocumentKind kind) {
        Organization org = new JpaOrganizationRepository(em).findByCode(organization).orElseThrow();
        return new JpaSubmissionRepository(em).save(new Submission(org, period, kind, "test", NOW));
    }

    private static long approve(EntityManager em, Submission submission) {
        if (submission.status() != SubmissionStatus.SUBMITTED) {
            submission.submit("test", NOW);
        }
        submission.approve("coordinator", NOW, null);
        Submission saved = new JpaSubmissionRepository(em).save(submission);
        new JpaEventStatistics(em).summarise(saved.id());
        return saved.id();
    }

    /** Reopens an approved submission and saves it, as the submission service does. */
    private static long reopen(EntityManager em, long id, String reason) {
        Submission submission = em.find(Submission.class, id);
        submission.reopen("coordinator", NOW, reason);
        return new JpaSubmissionRepository(em).save(submission).id();
    }

    private static EventEntry entry(Submission submission, int ordinal, String day, Set<String> countries) {
        EventEntry entry = new EventEntry(submission, ordinal, "Раздел", new OfficialColumns("Мероприятие " + ordinal,
                "г. Смоленск", day == null ? "в течение года" : day, null, null, null, null),
                NOW.plusMinutes(ordinal));
        DateRange dates = day == null
                ? DateRange.unknown()
                : new DateRange(LocalDate.parse(day), LocalDate.parse(day), DatePrecision.DAY, DateClass.EXACT_DAY,
                        null);
        entry.normalize(new NormalizedValues(dates, EventFormat.IN_PERSON, EventRole.HOST, null, List.of(),
                countries, Map.of()));
        return entry;
    }

    private static EventEntry plannedEntry(EntityManager em, long plan, int ordinal) {
        return new JpaEventEntryRepository(em).findBySubmission(em.find(Submission.class, plan)).stream()
                .filter(e -> e.ordinal() == ordinal).findFirst().orElseThrow();
    }

    private static List<Long> unsummarised() {
        return statistics(em -> new ArrayList<>(new StatisticsSummary(em).unsummarised(RANGES.get(0), null)));
    }

    private static List<Long> unsummarisedPlans() {
        return statistics(em -> new ArrayList<>(new StatisticsSummary(em).unsummarisedPlans(RANGES.get(0))));
    }

    private static Map<String, Long> live(Function<EventStatistics, Map<String, Long>> query) {
        return statistics(em -> query.apply(JpaEventStatistics.live(em)));
    }

    private static Map<String, Long> summarised(Function<EventStatistics, Map<String, Long>> query) {
        return statistics(em -> query.apply(new JpaEventStatistics(em)));
    }

    private static <T> T statistics(Function<EntityManager, T> work) {
        return inTransaction(work);
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }
}
