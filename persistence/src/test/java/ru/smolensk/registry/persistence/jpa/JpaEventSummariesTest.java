package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.CountQualifier;
import ru.smolensk.registry.domain.model.event.CountScope;
import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.EventSummary;
import ru.smolensk.registry.domain.model.event.EventSummaryPage;
import ru.smolensk.registry.domain.model.event.FieldStatus;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.event.ParticipantCount;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * The list projection ({@link JpaEventEntryRepository#summaries}) against a real migrated database: for every kind
 * of query it gives exactly what the entities give ({@link EventSummary#of}), in the same order.
 */
class JpaEventSummariesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final ReportingPeriod PLAN_PERIOD = ReportingPeriod.parse("2024-H1");
    private static final ReportingPeriod REPORT_PERIOD = ReportingPeriod.parse("2024-Q2");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void createEntries() {
        emf = TestDatabase.migrated().entityManagerFactory();
        inTransaction(em -> {
            JpaOrganizationRepository organizations = new JpaOrganizationRepository(em);
            JpaSubmissionRepository submissions = new JpaSubmissionRepository(em);
            JpaEventEntryRepository entries = new JpaEventEntryRepository(em);
            // Shumyachi was a district («район») in 2024: the summary carries the name of the period
            Organization shumyachi = organizations.findByCode("shumyachsky").orElseThrow();
            Organization smolensk = organizations.findByCode("smolensk").orElseThrow();
            Submission plan = submissions.save(new Submission(shumyachi, PLAN_PERIOD, DocumentKind.PLAN, "t", NOW));
            Submission other = submissions.save(new Submission(smolensk, PLAN_PERIOD, DocumentKind.PLAN, "t", NOW));
            EventEntry planned = null;
            for (int i = 1; i <= 7; i++) {
                EventEntry entry = new EventEntry(i % 2 == 0 ? other : plan, i, "Раздел " + i,
                        new OfficialColumns("Фестиваль № " + (10 - i), "г. Минск", "май 2024 года", "Описание",
                                null, null, i + "0 человек"),
                        NOW);
                if (i % 3 != 0) {
                    LinkedHashSet<String> countries = new LinkedHashSet<>(i == 1
                            ? List.of("BY", "RU")
                            : List.of(
                                    "BY"));
                    entry.normalize(new NormalizedValues(
                            new DateRange(LocalDate.of(2024, 5, i), LocalDate.of(2024, 5, i + 1),
                                    DatePrecision.DAY, DateClass.DAY_RANGE_SAME_MONTH,
                                    i == 1 ? "по согласованию" : null),
                            EventFormat.IN_PERSON, EventRole.HOST,
                            new ParticipantCount(i * 10, null, CountQualifier.EXACT, CountScope.EVENT), List.of(),
                            countries, new EnumMap<EventField, FieldStatus>(EventField.class)));
                }
                if (i == 4) {
                    entry.placeInSection("Культура", null,
                            new JpaSphereRepository(em).findAll().get(0));
                }
                entries.save(entry);
                planned = planned == null ? entry : planned;
            }
            Submission report = submissions.save(new Submission(shumyachi, REPORT_PERIOD, DocumentKind.REPORT, "t",
                    NOW));
            EventEntry held = new EventEntry(report, 1, null, new OfficialColumns("Фестиваль № 9", null, null, null,
                    null, "проведен", null), NOW);
            held.fulfils(planned);
            entries.save(held);
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

    static List<EventQuery> queries() {
        return List.of(query(PLAN_PERIOD, null, 0, 3, EventSort.OFFICIAL),
                query(PLAN_PERIOD, null, 1, 3, EventSort.OFFICIAL),
                query(PLAN_PERIOD, null, 2, 3, EventSort.OFFICIAL),
                query(PLAN_PERIOD, null, 0, 50, EventSort.parse("-name").orElseThrow()),
                query(PLAN_PERIOD, "by", 0, 50, EventSort.parse("date").orElseThrow()),
                query(REPORT_PERIOD, null, 0, 50, EventSort.OFFICIAL),
                query(ReportingPeriod.parse("2019-H1"), null, 0, 50, EventSort.OFFICIAL));
    }

    private static EventQuery query(ReportingPeriod period, String country, int page, int size, EventSort sort) {
        return new EventQuery(period, null, null, null, null, country, null, null, null, null, null, null, page,
                size, sort);
    }

    @ParameterizedTest
    @MethodSource("queries")
    void theProjectionGivesWhatTheEntitiesGiveInTheSameOrder(EventQuery query) {
        EventSummaryPage projected = inTransaction(em -> new JpaEventEntryRepository(em).summaries(query));
        EventSummaryPage fromEntities = inTransaction(em -> {
            var page = new JpaEventEntryRepository(em).search(query);
            return new EventSummaryPage(page.items().stream().map(EventSummary::of).toList(), page.total());
        });
        assertEquals(fromEntities, projected);
    }

    /** The changes feed's projection of whole submissions, in the order of the submissions given. */
    @Test
    void theSubmissionsProjectionGivesWhatTheEntitiesGiveSubmissionAfterSubmission() {
        List<Long> ids = inTransaction(em -> {
            List<Long> all = new java.util.ArrayList<>();
            for (ReportingPeriod period : List.of(REPORT_PERIOD, PLAN_PERIOD)) {
                all.addAll(em.createQuery("select s.id from Submission s where s.period = :period order by s.id desc",
                        Long.class).setParameter("period", period).getResultList());
            }
            return all;
        });
        List<EventSummary> projected = inTransaction(em -> new JpaEventEntryRepository(em)
                .summariesOfSubmissions(ids));
        List<EventSummary> fromEntities = inTransaction(em -> ids.stream()
                .flatMap(id -> new JpaEventEntryRepository(em).findBySubmission(em.find(Submission.class, id))
                        .stream())
                .map(EventSummary::of).toList());
        assertEquals(3, ids.size());
        assertEquals(8, projected.size());
        assertEquals(fromEntities, projected);
        assertEquals("Шумячский район", projected.get(0).organizationName());
    }

    @Test
    void carriesTheNameOfThePeriodTheSphereTheCountriesAndThePlanLink() {
        List<EventSummary> plan = inTransaction(em -> new JpaEventEntryRepository(em)
                .summaries(query(PLAN_PERIOD, null, 0, 50, EventSort.OFFICIAL))).items();
        EventSummary first = plan.stream().filter(s -> s.ordinal() == 1).findFirst().orElseThrow();
        assertEquals("Шумячский район", first.organizationName());
        assertEquals(List.of("BY", "RU"), first.countryCodes());
        assertEquals("по согласованию", first.dates().qualifier());
        assertEquals(10, first.participantsCount());
        EventSummary undated = plan.stream().filter(s -> s.ordinal() == 3).findFirst().orElseThrow();
        assertNull(undated.dates().start());
        assertEquals(List.of(), undated.countryCodes());
        EventSummary withSphere = plan.stream().filter(s -> s.ordinal() == 4).findFirst().orElseThrow();
        assertEquals("Культура", withSphere.sectionTitle());
        assertEquals(7, plan.size());
        EventSummary held = inTransaction(em -> new JpaEventEntryRepository(em)
                .summaries(query(REPORT_PERIOD, null, 0, 50, EventSort.OFFICIAL))).items().get(0);
        assertEquals(first.id(), held.planEntryId());
    }
}
