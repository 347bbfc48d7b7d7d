package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.AgreementType;
import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.EventSort;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.fulfilment.Outcome;
import ru.smolensk.registry.domain.model.fulfilment.PlanOutcome;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.sphere.Sphere;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/** Statistics, the agreements registry and the orders of the event list against a real migrated database. */
class JpaAnalyticsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2033, 1, 10, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final ReportingPeriod H1 = ReportingPeriod.parse("2033-H1");
    private static final ReportingPeriod Q1 = ReportingPeriod.parse("2033-Q1");
    private static final ReportingPeriod Q2 = ReportingPeriod.parse("2033-Q2");
    private static final List<ReportingPeriod> FIRST_HALF = List.of(H1, Q1, Q2);

    private static EntityManagerFactory emf;

    /**
     * Smolensk plans two events and reports one of them (approved) plus an unplanned one; Shumyachi has an
     * approved plan of one event and a draft report; the ministry of culture reports one event in a sphere.
     */
    @BeforeAll
    static void createData() {
        emf = TestDatabase.migrated().entityManagerFactory();
        inTransaction(em -> {
            JpaOrganizationRepository organizations = new JpaOrganizationRepository(em);
            JpaSubmissionRepository submissions = new JpaSubmissionRepository(em);
            JpaEventEntryRepository events = new JpaEventEntryRepository(em);
            Organization smolensk = organizations.findByCode("smolensk").orElseThrow();
            Organization shumyachi = organizations.findByCode("shumyachsky").orElseThrow();
            Organization culture = organizations.findByCode("min_culture").orElseThrow();
            Sphere sphere = new JpaSphereRepository(em).findByCode("ECONOMY").orElseThrow();

            Submission smolenskPlan = approved(submissions, smolensk, H1, DocumentKind.PLAN);
            EventEntry festival = events.save(entry(smolenskPlan, 1, "Фестиваль «Славянский венок»", "2033-03-10",
                    Set.of("BY")));
            EventEntry fair = events.save(entry(smolenskPlan, 2, "Ярмарка ремесел", "2033-05-20", Set.of("BY", "CN")));
            Submission smolenskReport = approved(submissions, smolensk, Q1, DocumentKind.REPORT);
            EventEntry held = entry(smolenskReport, 1, "Фестиваль «Славянский венок»", "2033-03-11", Set.of("BY"));
            held.fulfils(festival);
            held.addAgreement(AgreementType.AGREEMENT, "Соглашение о побратимстве", "г. Смоленск; г. Витебск",
                    LocalDate.of(2033, 3, 11), "подписано Соглашение о побратимстве");
            events.save(held);
            EventEntry unplanned = entry(smolenskReport, 2, "Визит делегации", "2033-02-02", Set.of("CN"));
            unplanned.addAgreement(AgreementType.MEMORANDUM, "Меморандум о сотрудничестве", null, null,
                    "меморандум о сотрудничестве");
            events.save(unplanned);
            JpaPlanOutcomeRepository outcomes = new JpaPlanOutcomeRepository(em);
            outcomes.save(new PlanOutcome(festival, Outcome.HELD_WITH_CHANGES, "Перенесен на день позже", "smolensk",
                    NOW));
            outcomes.save(new PlanOutcome(fair, Outcome.NOT_HELD, "Отменена организаторами", "smolensk", NOW));

            Submission shumyachiPlan = approved(submissions, shumyachi, H1, DocumentKind.PLAN);
            EventEntry winter = events.save(entry(shumyachiPlan, 1, "Праздник «Русская зима»", "2033-01-15",
                    Set.of("BY")));
            Submission shumyachiDraft = submissions.save(new Submission(shumyachi, Q1, DocumentKind.REPORT, "test",
                    NOW));
            EventEntry draft = entry(shumyachiDraft, 1, "Праздник «Русская зима»", "2033-01-16", Set.of("BY"));
            draft.fulfils(winter);
            draft.addAgreement(AgreementType.PROTOCOL, "Протокол о намерениях", null, null, "протокол");
            events.save(draft);

            Submission cultureReport = approved(submissions, culture, Q2, DocumentKind.REPORT);
            EventEntry exhibition = entry(cultureReport, 1, "Выставка «Мастера»", "2033-04-01", Set.of("BY"));
            exhibition.placeInSection("Сотрудничество в сфере экономического развития", null, sphere);
            events.save(exhibition);
            return null;
        });
    }

    private static Submission approved(JpaSubmissionRepository submissions, Organization org, ReportingPeriod period,
            DocumentKind kind) {
        Submission submission = new Submission(org, period, kind, "test", NOW);
        submission.submit("test", NOW);
        submission.approve("coordinator", NOW, null);
        return submissions.save(submission);
    }

    private static EventEntry entry(Submission submission, int ordinal, String name, String day,
            Set<String> countries) {
        EventEntry entry = new EventEntry(submission, ordinal, "Раздел", new OfficialColumns(name, "г. Смоленск", day,
                null, null, null, null), NOW.plusMinutes(ordinal));
        LocalDate date = LocalDate.parse(day);
        entry.normalize(new NormalizedValues(new DateRange(date, date, DatePrecision.DAY, DateClass.EXACT_DAY, null),
                EventFormat.IN_PERSON, EventRole.HOST, null, List.of(), countries, Map.of()));
        return entry;
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    private static <T> T statistics(Function<JpaEventStatistics, T> query) {
        return inTransaction(em -> query.apply(new JpaEventStatistics(em)));
    }

    @Test
    void countsApprovedEntriesByCountryOrganisationAndSphere() {
        assertEquals(Map.of("BY", 5L, "CN", 2L),
                statistics(s -> s.byCountry(FIRST_HALF, null, SubmissionStatus.APPROVED)));
        assertEquals(Map.of("smolensk", 4L, "shumyachsky", 1L, "min_culture", 1L),
                statistics(s -> s.byOrganization(FIRST_HALF, null, SubmissionStatus.APPROVED)));
        assertEquals(Map.of("smolensk", 2L, "min_culture", 1L),
                statistics(s -> s.byOrganization(FIRST_HALF, DocumentKind.REPORT, SubmissionStatus.APPROVED)));
        assertEquals(Map.of("ECONOMY", 1L), statistics(s -> s.bySphere(FIRST_HALF, null, SubmissionStatus.APPROVED)));
    }

    @Test
    void withoutAStatusDraftsCountToo() {
        assertEquals(Map.of("smolensk", 2L, "shumyachsky", 1L, "min_culture", 1L),
                statistics(s -> s.byOrganization(FIRST_HALF, DocumentKind.REPORT, null)));
        assertEquals(7, statistics(s -> s.startDates(FIRST_HALF, null, null)).size());
        assertTrue(statistics(s -> s.startDates(List.of(Q2), null, SubmissionStatus.APPROVED))
                .contains(LocalDate.of(2033, 4, 1)));
    }

    @Test
    void countsPlanEntriesThatAReportEntryFulfils() {
        assertEquals(Map.of("smolensk", 1L),
                statistics(s -> s.heldPlanEntriesByOrganization(FIRST_HALF, SubmissionStatus.APPROVED)));
        assertEquals(Map.of("smolensk", 1L, "shumyachsky", 1L),
                statistics(s -> s.heldPlanEntriesByOrganization(FIRST_HALF, null)), "a draft report counts too");
    }

    @Test
    void countsRecordedOutcomesByTheRuleOfLinks() {
        assertEquals(Map.of("smolensk", 1L), statistics(s -> s.plannedOutcomesByOrganization(FIRST_HALF,
                SubmissionStatus.APPROVED, Outcome.HELD_WITH_CHANGES)));
        assertEquals(Map.of("smolensk", 1L), statistics(s -> s.plannedOutcomesByOrganization(FIRST_HALF,
                SubmissionStatus.APPROVED, Outcome.NOT_HELD)));
        assertEquals(Integer.valueOf(2), inTransaction(em -> {
            Submission plan = new JpaSubmissionRepository(em).find(
                    new JpaOrganizationRepository(em).findByCode("smolensk").orElseThrow(), H1, DocumentKind.PLAN)
                    .orElseThrow();
            return new JpaPlanOutcomeRepository(em).findByPlan(plan).size();
        }));
    }

    @Test
    void searchesTheAgreementsRegistryByPeriodCountryOrganisationAndVisibility() {
        List<String> all = agreements(Q1, null, null, null, null);
        assertEquals(Set.of("Соглашение о побратимстве", "Меморандум о сотрудничестве", "Протокол о намерениях"),
                Set.copyOf(all));
        assertEquals(List.of("Меморандум о сотрудничестве"), agreements(Q1, "cn", null, null, null));
        assertEquals(List.of("Протокол о намерениях"), agreements(Q1, null, "shumyachsky", null, null));
        assertEquals(Set.of("Соглашение о побратимстве", "Меморандум о сотрудничестве"),
                Set.copyOf(agreements(Q1, null, null, SubmissionStatus.APPROVED, null)));
        assertEquals(3, agreements(Q1, null, null, SubmissionStatus.APPROVED, "shumyachsky").size());
        assertTrue(agreements(Q2, null, null, null, null).isEmpty());
    }

    private static List<String> agreements(ReportingPeriod period, String country, String organization,
            SubmissionStatus status, String own) {
        return inTransaction(em -> new JpaAgreementRepository(em).search(period, country, organization, status, own,
                100).stream().map(Agreement::title).toList());
    }

    @Test
    void ordersTheEventListByTheRequestedKey() {
        assertEquals(List.of("Визит делегации", "Фестиваль «Славянский венок»", "Фестиваль «Славянский венок»",
                "Ярмарка ремесел"), names("date"));
        assertEquals(List.of("Ярмарка ремесел", "Фестиваль «Славянский венок»", "Фестиваль «Славянский венок»",
                "Визит делегации"), names("-date"));
        assertEquals(List.of("Визит делегации", "Фестиваль «Славянский венок»", "Фестиваль «Славянский венок»",
                "Ярмарка ремесел"), names("name"));
        assertEquals(List.of("Фестиваль «Славянский венок»", "Визит делегации", "Фестиваль «Славянский венок»",
                "Ярмарка ремесел"), names("official"));
    }

    private static List<String> names(String sort) {
        EventQuery query = new EventQuery(null, null, null, "smolensk", null, null, null, null, null,
                LocalDate.of(2033, 1, 1), LocalDate.of(2033, 6, 30), null, 0, 10, EventSort.parse(sort).orElseThrow());
        return inTransaction(em -> new JpaEventEntryRepository(em).search(query).items().stream()
                .map(e -> e.columns().name()).toList());
    }

    @Test
    void pagesCutPerSubmissionEqualThePagesOfTheGenericQuery() {
        for (int size = 1; size <= 5; size++) {
            for (int page = 0; page * size <= 5; page++) {
                EventQuery bySubmission = new EventQuery(null, null, null, "smolensk", null, null, null,
                        SubmissionStatus.APPROVED, null, null, null, null, page, size);
                EventQuery generic = new EventQuery(null, null, null, "smolensk", null, null, null,
                        SubmissionStatus.APPROVED, null, LocalDate.of(1900, 1, 1), null, null, page, size);
                List<Long> expected = ids(generic);
                assertEquals(expected, ids(bySubmission), "page " + page + " of size " + size);
            }
        }
        assertEquals(List.of("Фестиваль «Славянский венок»", "Визит делегации", "Фестиваль «Славянский венок»"),
                inTransaction(em -> new JpaEventEntryRepository(em).search(new EventQuery(null, null, null,
                        "smolensk", null, null, null, SubmissionStatus.APPROVED, null, null, null, null, 0, 3)))
                        .items().stream().map(e -> e.columns().name()).toList());
        assertEquals(4, inTransaction(em -> new JpaEventEntryRepository(em).search(new EventQuery(null, null, null,
                "smolensk", null, null, null, SubmissionStatus.APPROVED, null, null, null, null, 1, 3))).total());
    }

    private static List<Long> ids(EventQuery query) {
        return inTransaction(em -> new JpaEventEntryRepository(em).search(query).items().stream().map(EventEntry::id)
                .toList());
    }
}
