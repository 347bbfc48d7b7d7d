package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * Totals of the events list beyond {@link EventQuery#COUNT_LIMIT}: counted up to the limit (or the end of the page
 * asked for) and said to be a lower bound, exact below it, exact on request ({@link JpaEventEntryRepository#count}).
 */
class JpaEventTotalsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2024-H1");
    private static final int ENTRIES = EventQuery.COUNT_LIMIT + 50;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 3, 1);
    private static TestDatabase db;
    private static EntityManagerFactory emf;

    @BeforeAll
    static void createEntries() throws Exception {
        db = TestDatabase.migrated();
        emf = db.entityManagerFactory();
        long submissionId = inTransaction(em -> new JpaSubmissionRepository(em).save(new Submission(
                new JpaOrganizationRepository(em).findByCode("smolensk").orElseThrow(), PERIOD, DocumentKind.PLAN,
                "t", NOW)).id());
        try (Connection c = db.connection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO event_entry"
                        + " (id, submission_id, ordinal, name_raw, date_start, date_end, created_at, updated_at,"
                        + " version, order_period, order_kind, order_level, order_organization)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'PLAN', 'MUNICIPAL',"
                        + " (SELECT o.sort_order FROM organization o WHERE o.code = 'smolensk'))")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(NOW.toInstant());
            for (int i = 1; i <= ENTRIES; i++) {
                // the first entries one day each from the first day, the rest a year later
                LocalDate day = i <= 30 ? FIRST_DAY.plusDays(i) : FIRST_DAY.plusYears(1);
                insert.setLong(1, 1_000_000_000L + i);
                insert.setLong(2, submissionId);
                insert.setInt(3, i);
                insert.setString(4, "Мероприятие " + i);
                insert.setDate(5, Date.valueOf(day));
                insert.setDate(6, Date.valueOf(day));
                insert.setTimestamp(7, now);
                insert.setTimestamp(8, now);
                insert.setString(9, PERIOD.code());
                insert.addBatch();
                if (i % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    /** Entries from a day on (a condition on the entry, so the matches are counted rather than the submissions). */
    private static EventQuery from(LocalDate day, int page, int size) {
        return new EventQuery(PERIOD, null, null, null, null, null, null, null, null, day, null, null, page, size,
                EventSort.OFFICIAL);
    }

    @Test
    void moreMatchesThanTheLimitAreCountedToTheLimitAndSaidToBeMore() {
        EventSummaryPage first = inTransaction(em -> new JpaEventEntryRepository(em).summaries(from(FIRST_DAY, 0,
                50)));
        assertEquals(EventQuery.COUNT_LIMIT, first.total());
        assertFalse(first.totalExact());
        assertEquals(50, first.items().size());
        EventPage entities = inTransaction(em -> new JpaEventEntryRepository(em).search(from(FIRST_DAY, 0, 50)));
        assertEquals(EventQuery.COUNT_LIMIT, entities.total());
        assertFalse(entities.totalExact());
    }

    @Test
    void aPageBeyondTheLimitIsCountedToItsEndOrExactlyAtTheEnd() {
        JpaEventEntryRepository[] repository = new JpaEventEntryRepository[1];
        Function<EventQuery, EventSummaryPage> page = q -> inTransaction(em -> {
            repository[0] = new JpaEventEntryRepository(em);
            return repository[0].summaries(q);
        });
        // page 198 of 50 ends at 9,950: the limit holds, more follow
        EventSummaryPage below = page.apply(from(FIRST_DAY, 198, 50));
        assertEquals(EventQuery.COUNT_LIMIT, below.total());
        assertFalse(below.totalExact());
        // page 200 of 50 ends at 10,050, every entry: counted to there, exact
        EventSummaryPage last = page.apply(from(FIRST_DAY, 200, 50));
        assertEquals(ENTRIES, last.total());
        assertTrue(last.totalExact());
        assertEquals(50, last.items().size());
        EventSummaryPage past = page.apply(from(FIRST_DAY, 300, 50));
        assertEquals(ENTRIES, past.total());
        assertTrue(past.totalExact());
        assertTrue(past.items().isEmpty());
    }

    @Test
    void fewerMatchesThanTheLimitAreCountedExactly() {
        EventSummaryPage few = inTransaction(em -> new JpaEventEntryRepository(em).summaries(new EventQuery(PERIOD,
                null, null, null, null, null, null, null, null, FIRST_DAY, FIRST_DAY.plusDays(30), null, 0, 50,
                EventSort.OFFICIAL)));
        assertEquals(30, few.total());
        assertTrue(few.totalExact());
    }

    @Test
    void theExactCountCountsEveryMatch() {
        assertEquals(ENTRIES, (long) inTransaction(em -> new JpaEventEntryRepository(em).count(from(FIRST_DAY, 0,
                50))));
    }

    @Test
    void aPeriodInTheOfficialOrderIsCountedExactly() {
        EventSummaryPage official = inTransaction(em -> new JpaEventEntryRepository(em).summaries(new EventQuery(
                PERIOD, null, null, null, null, null, null, null, null, null, null, null, 3, 50)));
        assertEquals(ENTRIES, official.total());
        assertTrue(official.totalExact());
        assertEquals("Мероприятие 151", official.items().get(0).columns().name());
    }
}
