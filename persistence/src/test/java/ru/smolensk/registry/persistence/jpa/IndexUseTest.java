package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.CountQualifier;
import ru.smolensk.registry.domain.model.event.CountScope;
import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.FieldStatus;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.event.ParticipantCount;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.ApprovedSubmission;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.persistence.testing.SqlCapture;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * The main queries on event entries never read {@code event_entry} by a sequential scan (PostgreSQL only, run with
 * {@code -Ddb.kind=postgresql}): every statement the repositories send for the list (every kind of filter and
 * order), full-text search, statistics and the GetChanges walk is captured with its values and explained with
 * {@code enable_seqscan} off, so that the check holds on the few rows of a test database as on a million.
 */
class IndexUseTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2025-Q2");
    private static TestDatabase db;
    private static EntityManagerFactory emf;
    private static long reportId;

    @BeforeAll
    static void createEntries() {
        assumeTrue(TestDatabase.isPostgres(), "PostgreSQL only (-Ddb.kind=postgresql)");
        db = TestDatabase.migrated();
        emf = db.capturingEntityManagerFactory();
        TestDatabase.inTransaction(emf, em -> {
            Organization smolensk = new JpaOrganizationRepository(em).findByCode("smolensk").orElseThrow();
            Submission report = new JpaSubmissionRepository(em)
                    .save(new Submission(smolensk, PERIOD, DocumentKind.REPORT, "t", NOW));
            reportId = report.id();
            for (int i = 1; i <= 5; i++) {
                EventEntry entry = new EventEntry(report, i, null, new OfficialColumns("Фестиваль № " + i,
                        "г. Минск", "май 2025 года", "Визит делегации", null, null, "20 человек"), NOW);
                entry.normalize(new NormalizedValues(new DateRange(LocalDate.of(2025, 5, i), LocalDate.of(2025, 5,
                        i), DatePrecision.DAY, DateClass.EXACT_DAY, null), EventFormat.IN_PERSON, EventRole.HOST,
                        new ParticipantCount(20, null, CountQualifier.EXACT, CountScope.EVENT), List.of(),
                        new LinkedHashSet<>(List.of("BY")), new EnumMap<EventField, FieldStatus>(EventField.class)));
                new JpaEventEntryRepository(em).save(entry);
            }
            return null;
        });
        try (Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            st.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @Test
    void theListReadsEntriesByIndex() throws SQLException {
        List<EventQuery> queries = List.of(query(PERIOD, Level.REGIONAL, "smolensk", "BY", null, EventSort.OFFICIAL),
                query(PERIOD, null, null, "BY", null, EventSort.OFFICIAL),
                query(PERIOD, null, null, null, null, EventSort.OFFICIAL),
                query(null, null, null, null, null, EventSort.OFFICIAL),
                query(null, null, "smolensk", null, null, new EventSort(EventSort.Key.DATE, true)),
                query(null, null, null, "BY", null, new EventSort(EventSort.Key.DATE, true)),
                query(PERIOD, null, null, null, null, new EventSort(EventSort.Key.NAME, false)),
                query(null, null, null, null, "фестиваль", EventSort.OFFICIAL),
                query(null, null, null, null, "визит делегации фестиваль", EventSort.RELEVANCE),
                query(PERIOD, null, null, null, "\"визит делегации\"", EventSort.OFFICIAL));
        for (EventQuery query : queries) {
            assertNoSequentialScan(em -> new JpaEventEntryRepository(em).summaries(query), query.toString());
        }
    }

    @Test
    void statisticsAndChangesReadEntriesByIndex() throws SQLException {
        List<ReportingPeriod> periods = ReportingPeriod.between(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 12,
                31));
        assertNoSequentialScan(em -> JpaEventStatistics.live(em).byCountry(periods, DocumentKind.REPORT,
                SubmissionStatus.APPROVED), "statistics by country");
        assertNoSequentialScan("statistics_summary", em -> {
            JpaEventStatistics statistics = new JpaEventStatistics(em);
            statistics.byCountry(periods, DocumentKind.REPORT, SubmissionStatus.APPROVED);
            statistics.byOrganization(periods, null, SubmissionStatus.APPROVED);
            statistics.bySphere(periods, DocumentKind.REPORT, SubmissionStatus.APPROVED);
            statistics.byMonth(periods, DocumentKind.REPORT, SubmissionStatus.APPROVED);
            statistics.counts(periods, DocumentKind.REPORT, SubmissionStatus.APPROVED);
            statistics.fulfilmentCounts(periods, SubmissionStatus.APPROVED);
        }, "statistics from the summary");
        assertNoSequentialScan(em -> new StatisticsSummary(em).summariseFulfilmentLinkedFrom(reportId),
                "the fulfilment summary of the plans a report is linked to");
        assertNoSequentialScan(em -> new JpaEventStatistics(em).summarise(reportId), "the summary of a submission");
        assertNoSequentialScan(em -> new JpaEventStatistics(em).byOrganization(periods, DocumentKind.REPORT, null),
                "statistics by organisation");
        assertNoSequentialScan(em -> {
            JpaSubmissionRepository submissions = new JpaSubmissionRepository(em);
            List<Long> ids = new ArrayList<>(submissions.approvedAfter(NOW.minusYears(30), 0, 100).stream()
                    .map(ApprovedSubmission::id).toList());
            ids.add(reportId);
            assertFalse(new JpaEventEntryRepository(em).summariesOfSubmissions(ids).isEmpty());
            submissions.findByPeriod(PERIOD, DocumentKind.REPORT, Level.MUNICIPAL)
                    .forEach(s -> new JpaEventEntryRepository(em).findBySubmission(s));
        }, "GetChanges");
    }

    private static void assertNoSequentialScan(Consumer<EntityManager> work, String what) throws SQLException {
        assertNoSequentialScan("event_entry", work, what);
    }

    /** No statement naming the table reads it by a sequential scan. */
    private static void assertNoSequentialScan(String table, Consumer<EntityManager> work, String what)
            throws SQLException {
        SqlCapture.take();
        TestDatabase.inTransaction(emf, em -> {
            work.accept(em);
            return null;
        });
        List<SqlCapture.Statement> statements = SqlCapture.take().stream()
                .filter(s -> s.sql().toLowerCase(Locale.ROOT).contains(table)).toList();
        assertTrue(!statements.isEmpty(), what + ": no statement on " + table + " captured");
        List<String> scans = new ArrayList<>();
        try (Connection c = db.connection()) {
            c.createStatement().execute("SET enable_seqscan = off");
            for (SqlCapture.Statement statement : statements) {
                String plan = plan(c, statement);
                if (plan.contains("Seq Scan on " + table)) {
                    scans.add(statement.sql() + "\n" + plan);
                }
            }
        }
        assertEquals(List.of(), scans, what);
    }

    private static String plan(Connection c, SqlCapture.Statement statement) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = c.prepareStatement("EXPLAIN " + statement.sql())) {
            for (int i = 0; i < statement.values().size(); i++) {
                explain.setObject(i + 1, statement.values().get(i), Types.OTHER);
            }
            try (ResultSet rs = explain.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private static EventQuery query(ReportingPeriod period, Level level, String organization, String country,
            String text, EventSort sort) {
        return new EventQuery(period, null, level, organization, null, country, null, null, text, null, null, null,
                0, 50, sort);
    }
}
