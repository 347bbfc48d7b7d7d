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

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventSeries;
import ru.smolensk.registry.domain.model.event.EventSeriesRepository;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/** Event series against a real migrated database: members, candidates, keys taken over in a merge. */
class JpaEventSeriesRepositoryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2034, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void open() {
        emf = TestDatabase.migrated().entityManagerFactory();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    private static EventEntry entry(EntityManager em, String period, DocumentKind kind, String name) {
        Organization smolensk = new JpaOrganizationRepository(em).findByCode("smolensk").orElseThrow();
        JpaSubmissionRepository submissions = new JpaSubmissionRepository(em);
        ReportingPeriod p = ReportingPeriod.parse(period);
        Submission submission = submissions.find(smolensk, p, kind)
                .orElseGet(() -> submissions.save(new Submission(smolensk, p, kind, "test", NOW)));
        return new JpaEventEntryRepository(em).save(new EventEntry(submission, 1, null, new OfficialColumns(name,
                null, null, null, null, null, null), NOW));
    }

    @Test
    void groupsEntriesAndKeepsTheKeysOfAMergedSeries() {
        long[] ids = inTransaction(em -> {
            JpaEventSeriesRepository series = new JpaEventSeriesRepository(em);
            EventSeries contest = series.save(new EventSeries("Конкурс «Маленькие шедевры»", "key-contest"));
            EventSeries other = series.save(new EventSeries("Конкурс шедевров", "key-other"));
            EventEntry a = entry(em, "2034-H1", DocumentKind.PLAN, "XXI конкурс «Маленькие шедевры»");
            a.belongsTo(contest, 21);
            EventEntry b = entry(em, "2035-Q1", DocumentKind.REPORT, "XXII конкурс шедевров");
            b.belongsTo(other, 22);
            EventEntry fixed = entry(em, "2035-Q2", DocumentKind.REPORT, "Визит");
            fixed.placeInSeries(null, null);
            EventEntry free = entry(em, "2035-Q3", DocumentKind.REPORT, "Ярмарка");
            em.flush();
            return new long[]{contest.id(), other.id(), b.id(), fixed.id(), free.id()};
        });
        inTransaction(em -> {
            JpaEventSeriesRepository series = new JpaEventSeriesRepository(em);
            List<Long> candidates = series.candidates().stream().map(EventSeriesRepository.Candidate::entryId)
                    .toList();
            assertTrue(candidates.contains(ids[4]), candidates.toString());
            assertTrue(!candidates.contains(ids[3]) && !candidates.contains(ids[2]), "fixed and grouped are out");
            assertEquals(2, series.members().stream().filter(m -> m.seriesId() == ids[0] || m.seriesId() == ids[1])
                    .count());

            EventSeries target = series.findById(ids[0]).orElseThrow();
            EventSeries merged = series.findById(ids[1]).orElseThrow();
            for (EventEntry e : series.entriesOf(merged)) {
                e.belongsTo(target, e.edition());
            }
            series.delete(merged);
            target.absorbKeys(new EventSeries("x", "key-other"));
            return null;
        });
        inTransaction(em -> {
            JpaEventSeriesRepository series = new JpaEventSeriesRepository(em);
            assertEquals(ids[0], series.findByKey("key-other").orElseThrow().id());
            assertEquals(ids[0], series.findByKey("key-contest").orElseThrow().id());
            EventSeries target = series.findById(ids[0]).orElseThrow();
            assertEquals(List.of("2034-H1", "2035-Q1"), series.entriesOf(target).stream()
                    .map(e -> e.submission().period().code()).toList());
            assertTrue(series.findById(ids[1]).isEmpty());
            return null;
        });
    }
}
