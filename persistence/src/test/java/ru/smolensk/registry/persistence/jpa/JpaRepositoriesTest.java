package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.RollbackException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.audit.AuditAction;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.domain.model.event.Agreement;
import ru.smolensk.registry.domain.model.event.AgreementTerms;
import ru.smolensk.registry.domain.model.event.AgreementType;
import ru.smolensk.registry.domain.model.event.CountQualifier;
import ru.smolensk.registry.domain.model.event.CountScope;
import ru.smolensk.registry.domain.model.event.DateClass;
import ru.smolensk.registry.domain.model.event.DatePrecision;
import ru.smolensk.registry.domain.model.event.DateRange;
import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.NormalizedValues;
import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.domain.model.event.EventFormat;
import ru.smolensk.registry.domain.model.event.EventPage;
import ru.smolensk.registry.domain.model.event.EventPlace;
import ru.smolensk.registry.domain.model.exchange.ReceivedEntryState;
import ru.smolensk.registry.domain.model.event.EventQuery;
import ru.smolensk.registry.domain.model.event.EventRole;
import ru.smolensk.registry.domain.model.event.FieldStatus;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.event.ParseStatus;
import ru.smolensk.registry.domain.model.event.ParticipantCount;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.organization.OrganizationKind;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Level;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.domain.model.submission.SubmissionStatus;
import ru.smolensk.registry.domain.model.user.UserAccount;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/** The repositories against a real migrated database (H2 by default, PostgreSQL with -Ddb.kind). */
class JpaRepositoriesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 1, 15, 10, 0, 0, 0, ZoneOffset.UTC);
    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() {
        emf = TestDatabase.migrated().entityManagerFactory();
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        return TestDatabase.inTransaction(emf, work);
    }

    @Test
    void listsTheTwentySevenMunicipalitiesWithCurrentNamesSmolenskFirst() {
        List<Organization> municipalities = inTransaction(em -> new JpaOrganizationRepository(em)
                .findByKinds(List.of(OrganizationKind.CITY_OKRUG, OrganizationKind.MUNICIPAL_OKRUG)));
        assertEquals(27, municipalities.size());
        assertEquals("город Смоленск", municipalities.get(0).currentName());
        Organization shumyachi = municipalities.stream().filter(o -> o.code().equals("shumyachsky")).findFirst()
                .orElseThrow();
        assertEquals("Шумячский муниципальный округ", shumyachi.nameOn(LocalDate.of(2026, 1, 1)));
        assertEquals("Шумячский район", shumyachi.nameOn(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void findsActiveOrganizationsByAPartOfAnyNameOrCodeInTheOfficialOrder() {
        List<String> byName = inTransaction(em -> new JpaOrganizationRepository(em).findActiveByNamePart("ШУМЯЧ", 10))
                .stream().map(Organization::code).toList();
        assertEquals(List.of("shumyachsky"), byName, "a part of the current name, in any case");
        assertEquals(List.of("shumyachsky"), inTransaction(em -> new JpaOrganizationRepository(em)
                .findActiveByNamePart("шумячский район", 10)).stream().map(Organization::code).toList(),
                "a former name finds the organisation too");
        assertEquals(List.of("kcson_smolensk"), inTransaction(em -> new JpaOrganizationRepository(em)
                .findActiveByNamePart("KCSON_SMOLENSK", 10)).stream().map(Organization::code).toList(), "the code");
        List<Organization> districts = inTransaction(em -> new JpaOrganizationRepository(em)
                .findActiveByNamePart("округ", 5));
        assertEquals(5, districts.size(), "no more than asked for");
        assertEquals(districts.stream().sorted(java.util.Comparator.comparingInt(Organization::sortOrder)
                .thenComparing(Organization::code)).toList(), districts, "in the official order");
        assertTrue(inTransaction(em -> new JpaOrganizationRepository(em).findActiveByNamePart("%", 10)).isEmpty(),
                "no character is a wildcard");
    }

    @Test
    void savesASubmissionWithItsHistoryAndFindsItByPeriod() {
        long id = inTransaction(em -> {
            Organization org = new JpaOrganizationRepository(em).findByCode("velizhsky").orElseThrow();
            Submission report = new Submission(org, ReportingPeriod.parse("2025-Q4"), DocumentKind.REPORT, "test",
                    NOW);
            report.submit("test", NOW.plusHours(1));
            return new JpaSubmissionRepository(em).save(report).id();
        });
        inTransaction(em -> {
            JpaSubmissionRepository repository = new JpaSubmissionRepository(em);
            Submission found = repository.findById(id).orElseThrow();
            assertEquals(SubmissionStatus.SUBMITTED, found.status());
            assertEquals(2, found.history().size());
            assertEquals(ReportingPeriod.parse("2025-Q4"), found.period());
            assertTrue(repository.findByPeriod(ReportingPeriod.parse("2025-Q4"), DocumentKind.REPORT,
                    Level.MUNICIPAL).stream().anyMatch(s -> s.id() == id));
            assertTrue(repository.find(found.organization(), found.period(), DocumentKind.REPORT).isPresent());
            return null;
        });
    }

    @Test
    void storesEventEntriesVerbatimWithNormalizedValuesAndSearchesThem() {
        String name = "Участие в \nIV открытом конкурсе\u00a0«В ритме джаза» '; drop table event_entry; --";
        long id = inTransaction(em -> {
            Organization org = new JpaOrganizationRepository(em).findByCode("smolensk").orElseThrow();
            Submission plan = new JpaSubmissionRepository(em).save(
                    new Submission(org, ReportingPeriod.parse("2026-H1"), DocumentKind.PLAN, "test", NOW));
            EventEntry entry = new EventEntry(plan, 1, "Город Смоленск", new OfficialColumns(name,
                    "г. Минск\n(Республика Беларусь)", "февраль\n2026 года", "Описание", "Цель", null,
                    "Учащиеся <b>ДШИ</b>"), NOW);
            Map<EventField, FieldStatus> statuses = new EnumMap<>(EventField.class);
            statuses.put(EventField.DATES, new FieldStatus(ParseStatus.OK, null));
            entry.normalize(new NormalizedValues(
                    new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), DatePrecision.MONTH,
                            DateClass.MONTH, null),
                    EventFormat.IN_PERSON, EventRole.PARTICIPANT,
                    new ParticipantCount(12, null, CountQualifier.EXACT, CountScope.EVENT),
                    List.of(new EventPlace("г. Минск (Республика Беларусь)", "Минск", null, "BY")), Set.of("BY"),
                    statuses));
            entry.addAgreement(AgreementType.AGREEMENT, "Соглашение о сотрудничестве", "Гимназия № 4; ГУО № 41",
                    LocalDate.of(2026, 2, 10), "подписано Соглашение о сотрудничестве");
            return new JpaEventEntryRepository(em).save(entry).id();
        });
        inTransaction(em -> {
            EventEntry found = new JpaEventEntryRepository(em).findById(id).orElseThrow();
            assertEquals(name, found.columns().name());
            assertEquals("Учащиеся <b>ДШИ</b>", found.columns().participants());
            assertEquals(LocalDate.of(2026, 2, 28), found.dates().end());
            assertEquals(Set.of("BY"), found.countryCodes());
            assertEquals("Минск", found.places().get(0).locality());
            assertEquals(ParseStatus.OK, found.fieldStatuses().get(EventField.DATES).status());
            assertEquals(1, found.agreements().size());
            assertEquals(12, found.participantCount().value());
            return null;
        });
        EventPage byCountry = inTransaction(em -> new JpaEventEntryRepository(em).search(new EventQuery(
                ReportingPeriod.parse("2026-H1"), DocumentKind.PLAN, null, "smolensk", null, "by", null, null,
                "ритме", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 1), null, 0, 10)));
        assertEquals(1, byCountry.total());
        assertEquals(id, byCountry.items().get(0).id());
        EventPage wildcardIsLiteral = inTransaction(em -> new JpaEventEntryRepository(em).search(new EventQuery(
                null, null, null, null, null, null, null, null, "%", null, null, null, 0, 10)));
        assertEquals(0, wildcardIsLiteral.total());
        EventPage hiddenDraft = inTransaction(em -> new JpaEventEntryRepository(em).search(new EventQuery(
                ReportingPeriod.parse("2026-H1"), null, null, null, null, null, null, null, null, null, null,
                "shumyachsky", 0, 10)));
        assertEquals(0, hiddenDraft.total());
    }

    @Test
    void findsReceivedEntriesOfAPartnerInBulkAndTheLastRowNumber() {
        String partner = "bulk-" + System.nanoTime();
        long submissionId = inTransaction(em -> {
            Organization org = new JpaOrganizationRepository(em).findByCode("velizhsky").orElseThrow();
            Submission report = new JpaSubmissionRepository(em)
                    .save(new Submission(org, ReportingPeriod.parse("2031-Q3"), DocumentKind.REPORT, partner, NOW));
            for (int i = 1; i <= 3; i++) {
                EventEntry entry = new EventEntry(report, i * 10, "Велижский район",
                        new OfficialColumns("Встреча " + i, null, null, null, null, null, null), NOW);
                entry.receivedFrom(partner, "r" + i);
                normalizeWithAStatus(entry, ParseStatus.OK);
                new JpaEventEntryRepository(em).save(entry);
            }
            return report.id();
        });
        inTransaction(em -> {
            Map<String, EventEntry> found = new JpaReceivedEntries(em).findBySources(partner,
                    List.of("r1", "r3", "unknown"));
            assertEquals(Set.of("r1", "r3"), found.keySet());
            assertEquals("Встреча 3", found.get("r3").columns().name());
            found.values().forEach(e -> normalizeWithAStatus(e, ParseStatus.PARTIAL));
            assertTrue(new JpaReceivedEntries(em).findBySources("another-" + partner, List.of("r1")).isEmpty());
            Submission report = new JpaSubmissionRepository(em).findById(submissionId).orElseThrow();
            assertEquals(30, new JpaEventEntryRepository(em).maxOrdinal(report));
            Submission empty = new JpaSubmissionRepository(em).save(new Submission(report.organization(),
                    ReportingPeriod.parse("2031-Q4"), DocumentKind.REPORT, partner, NOW));
            assertEquals(0, new JpaEventEntryRepository(em).maxOrdinal(empty));
            return null;
        });
        inTransaction(em -> {
            EventEntry rewritten = new JpaReceivedEntries(em).findBySource(partner, "r1").orElseThrow();
            assertEquals(ParseStatus.PARTIAL, rewritten.fieldStatuses().get(EventField.DATES).status());
            assertEquals("Велиж", rewritten.places().get(0).locality());
            return null;
        });
    }

    @Test
    void findsReceivedEntriesByManyRecordIdsAcrossChunksAndOnlyThePartners() {
        String partner = "chunks-" + System.nanoTime();
        int count = ParameterChunks.SIZE + 20;
        Map<String, Long> ids = inTransaction(em -> {
            Organization org = new JpaOrganizationRepository(em).findByCode("velizhsky").orElseThrow();
            Submission report = new JpaSubmissionRepository(em)
                    .save(new Submission(org, ReportingPeriod.parse("2031-Q1"), DocumentKind.REPORT, partner, NOW));
            Map<String, Long> saved = new HashMap<>();
            List<String> recordIds = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                recordIds.add("r" + i);
            }
            recordIds.add("o'brien; --");
            Organization other = new JpaOrganizationRepository(em).findByCode("vyazemsky").orElseThrow();
            Submission plan = new JpaSubmissionRepository(em)
                    .save(new Submission(other, ReportingPeriod.parse("2031-H1"), DocumentKind.PLAN, partner, NOW));
            for (String recordId : recordIds) {
                EventEntry entry = new EventEntry(saved.size() % 7 == 3 ? plan : report, saved.size() + 1,
                        "Велижский район",
                        new OfficialColumns("Встреча " + recordId, null, null, null, null, null, null), NOW);
                entry.receivedFrom(partner, recordId);
                saved.put(recordId, new JpaEventEntryRepository(em).save(entry).id());
            }
            EventEntry elsewhere = new EventEntry(report, saved.size() + 1, "Велижский район",
                    new OfficialColumns("Чужая встреча", null, null, null, null, null, null), NOW);
            elsewhere.receivedFrom("other-" + partner, "theirs");
            new JpaEventEntryRepository(em).save(elsewhere);
            return saved;
        });
        List<String> asked = new ArrayList<>();
        for (int i = 1; i <= ParameterChunks.SIZE; i++) {
            asked.add("unknown-" + i);
        }
        for (int i = count; i >= 1; i--) {
            asked.add("r" + i);
        }
        asked.addAll(List.of("o'brien; --", "theirs", "R1", "r1 "));

        Map<String, EventEntry> found = inTransaction(em -> new JpaReceivedEntries(em).findBySources(partner, asked));

        assertEquals(ids.keySet(), found.keySet());
        ids.forEach((recordId, id) -> {
            assertEquals(id, found.get(recordId).id(), recordId);
            assertEquals("Встреча " + recordId, found.get(recordId).columns().name());
        });
        assertEquals("velizhsky", found.get("r1").submission().organization().code());
        assertTrue(inTransaction(em -> new JpaReceivedEntries(em).findBySources(partner, List.of())).isEmpty());
        assertEquals(Set.of("theirs"), inTransaction(em -> new JpaReceivedEntries(em)
                .findBySources("other-" + partner, List.of("r1", "theirs"))).keySet());

        Map<String, ReceivedEntryState> states = inTransaction(em -> new JpaReceivedEntries(em).findStates(partner,
                asked));
        assertEquals(ids.keySet(), states.keySet());
        found.forEach((recordId, entry) -> assertEquals(ReceivedEntryState.of(entry), states.get(recordId)));
        assertEquals(List.of("velizhsky", "vyazemsky"), List.of(states.get("r1").organizationCode(),
                states.get("r4").organizationCode()));
        assertEquals(DocumentKind.PLAN, states.get("r4").kind());
        assertEquals(Set.of("theirs"), inTransaction(em -> new JpaReceivedEntries(em)
                .findStates("other-" + partner, List.of("r1", "theirs"))).keySet());
    }

    /** A partner or an operator may change the places of an event: reordered, fewer, partly other ones. */
    @Test
    void storesThePlacesOfAnEntryInEveryNewOrder() {
        List<String> first = List.of("Минск", "Витебск", "Смоленск");
        long id = inTransaction(em -> {
            EventEntry entry = meetingInReport(em, "2032-Q2");
            placeIn(entry, first);
            return new JpaEventEntryRepository(em).save(entry).id();
        });
        for (List<String> places : List.<List<String>>of(List.of("Смоленск", "Минск", "Витебск"),
                List.of("Витебск", "Смоленск"),
                List.of("Смоленск", "Гомель"), List.of("Гомель", "Смоленск", "Витебск", "Минск"), List.of())) {
            inTransaction(em -> {
                placeIn(new JpaEventEntryRepository(em).findById(id).orElseThrow(), places);
                return null;
            });
            assertEquals(places, inTransaction(em -> new JpaEventEntryRepository(em).findById(id).orElseThrow()
                    .places().stream().map(EventPlace::locality).toList()));
        }
    }

    /**
     * A rewrite that normalizes to the same places, countries and statuses neither reads nor rewrites them; an entry
     * stored before it had a normalized digest gets them rewritten once, unchanged.
     */
    @Test
    void leavesTheNormalizedCollectionsAloneWhenTheyNormalizeToTheSame() {
        List<String> localities = List.of("Минск", "Витебск");
        long id = inTransaction(em -> {
            EventEntry entry = meetingInReport(em, "2032-Q4");
            placeIn(entry, localities);
            return new JpaEventEntryRepository(em).save(entry).id();
        });
        PersistenceUnitUtil loaded = emf.getPersistenceUnitUtil();
        inTransaction(em -> {
            EventEntry entry = new JpaEventEntryRepository(em).findById(id).orElseThrow();
            placeIn(entry, localities);
            assertFalse(loaded.isLoaded(entry, "places") || loaded.isLoaded(entry, "countryCodes")
                    || loaded.isLoaded(entry, "fieldStatuses"));
            return null;
        });
        inTransaction(em -> em.createNativeQuery("update event_entry set normalized_digest = null where id = " + id)
                .executeUpdate());
        emf.getCache().evictAll();
        inTransaction(em -> {
            EventEntry entry = new JpaEventEntryRepository(em).findById(id).orElseThrow();
            placeIn(entry, localities);
            assertTrue(loaded.isLoaded(entry, "places"));
            return null;
        });
        inTransaction(em -> {
            EventEntry entry = new JpaEventEntryRepository(em).findById(id).orElseThrow();
            assertEquals(localities, entry.places().stream().map(EventPlace::locality).toList());
            assertEquals(Set.of("BY"), entry.countryCodes());
            assertNotNull(em.createNativeQuery("select normalized_digest from event_entry where id = " + id)
                    .getSingleResult());
            return null;
        });
    }

    /** Rewriting the same agreements keeps them (and their ids); other agreements replace them. */
    @Test
    void keepsTheAgreementsWhenARewriteReadsTheSameOnes() {
        LocalDate signedOn = LocalDate.of(2032, 11, 5);
        List<AgreementTerms> two = List.of(
                new AgreementTerms(AgreementType.AGREEMENT, "О сотрудничестве", "Витебск", signedOn, "подписано"),
                new AgreementTerms(AgreementType.ACTION_PLAN, "План мероприятий", null, signedOn, "утвержден"));
        long id = inTransaction(em -> {
            EventEntry entry = meetingInReport(em, "2033-Q1");
            entry.replaceAgreements(two);
            return new JpaEventEntryRepository(em).save(entry).id();
        });
        List<Long> ids = inTransaction(em -> agreementIds(em, id));
        inTransaction(em -> {
            new JpaEventEntryRepository(em).findById(id).orElseThrow().replaceAgreements(List.copyOf(two));
            return null;
        });
        assertEquals(ids, inTransaction(em -> agreementIds(em, id)));
        inTransaction(em -> {
            new JpaEventEntryRepository(em).findById(id).orElseThrow().replaceAgreements(List.of(two.get(1)));
            return null;
        });
        inTransaction(em -> {
            EventEntry entry = new JpaEventEntryRepository(em).findById(id).orElseThrow();
            assertEquals(List.of(two.get(1)), entry.agreements().stream().map(Agreement::terms).toList());
            assertFalse(ids.contains(entry.agreements().get(0).id()), "a changed list is written anew");
            return null;
        });
    }

    /** A new entry «Встреча» in a new report of Кардымовский округ for the period. */
    private static EventEntry meetingInReport(EntityManager em, String period) {
        Organization org = new JpaOrganizationRepository(em).findByCode("kardymovsky").orElseThrow();
        Submission report = new JpaSubmissionRepository(em)
                .save(new Submission(org, ReportingPeriod.parse(period), DocumentKind.REPORT, "t", NOW));
        return new EventEntry(report, 1, null, new OfficialColumns("Встреча", null, null, null, null, null, null),
                NOW);
    }

    private static List<Long> agreementIds(EntityManager em, long eventId) {
        return em.createQuery("select a.id from Agreement a where a.event.id = :id order by a.id", Long.class)
                .setParameter("id", eventId).getResultList();
    }

    /** Field statuses that are alike (the same status and message) are still stored for each field. */
    @Test
    void storesEqualStatusesOfDifferentFields() {
        long id = inTransaction(em -> {
            EventEntry entry = meetingInReport(em, "2032-Q3");
            withStatuses(entry, EventField.DATES);
            return new JpaEventEntryRepository(em).save(entry).id();
        });
        for (List<EventField> fields : List.<List<EventField>>of(List.of(EventField.DATES, EventField.PLACE),
                List.of(EventField.PLACE), List.of(EventField.NAME, EventField.PLACE, EventField.DATES))) {
            inTransaction(em -> {
                withStatuses(new JpaEventEntryRepository(em).findById(id).orElseThrow(), fields.toArray(
                        EventField[]::new));
                return null;
            });
            assertEquals(Set.copyOf(fields), inTransaction(em -> Set.copyOf(new JpaEventEntryRepository(em)
                    .findById(id).orElseThrow().fieldStatuses().keySet())));
        }
    }

    private static void withStatuses(EventEntry entry, EventField... fields) {
        Map<EventField, FieldStatus> statuses = new EnumMap<>(EventField.class);
        for (EventField field : fields) {
            statuses.put(field, new FieldStatus(ParseStatus.OK, null));
        }
        entry.normalize(
                new NormalizedValues(null, EventFormat.IN_PERSON, EventRole.HOST, null, List.of(), Set.of(), statuses));
    }

    /** Normalizes the entry with these places, as the normalizer gives them: new values every time. */
    private static void placeIn(EventEntry entry, List<String> localities) {
        entry.normalize(new NormalizedValues(null, EventFormat.IN_PERSON, EventRole.HOST, null,
                localities.stream().map(l -> new EventPlace("г. " + l, l, null, "BY")).toList(), Set.of("BY"),
                new EnumMap<>(EventField.class)));
    }

    private static void normalizeWithAStatus(EventEntry entry, ParseStatus status) {
        Map<EventField, FieldStatus> statuses = new EnumMap<>(EventField.class);
        statuses.put(EventField.DATES, new FieldStatus(status, "проверка"));
        entry.normalize(new NormalizedValues(null, EventFormat.IN_PERSON, EventRole.HOST, null,
                List.of(new EventPlace("г. Велиж", "Велиж", null, "RU")), Set.of("RU"), statuses));
    }

    @Test
    void concurrentUpdatesOfOneSubmissionAreRejected() {
        long id = inTransaction(em -> {
            Organization org = new JpaOrganizationRepository(em).findByCode("krasninsky").orElseThrow();
            return new JpaSubmissionRepository(em).save(
                    new Submission(org, ReportingPeriod.parse("2025-Q3"), DocumentKind.REPORT, "a", NOW)).id();
        });
        EntityManager first = emf.createEntityManager();
        EntityManager second = emf.createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(Submission.class, id).submit("a", NOW);
            second.find(Submission.class, id).changeNote("примечание");
            first.getTransaction().commit();
            assertThrows(RollbackException.class, () -> second.getTransaction().commit());
        } finally {
            first.close();
            second.close();
        }
    }

    @Test
    void bindsAccountsToOrganisationsAndKeepsAnAuditTrail() {
        inTransaction(em -> {
            Organization org = new JpaOrganizationRepository(em).findByCode("min_culture").orElseThrow();
            new JpaUserAccountRepository(em).save(new UserAccount("culture-test", "Оператор", org));
            new JpaAuditLog(em).append(new AuditRecord(NOW, "admin", AuditAction.CREATE, "UserAccount",
                    "culture-test", "Привязка к организации", null, "{\"organization\":\"min_culture\"}"));
            return null;
        });
        inTransaction(em -> {
            UserAccount account = new JpaUserAccountRepository(em).findByUsername("culture-test").orElseThrow();
            assertEquals("min_culture", account.organization().code());
            List<AuditRecord> records = new JpaAuditLog(em).search("UserAccount", "culture-test", null, null, null,
                    10);
            assertEquals(1, records.size());
            assertNotNull(records.get(0).id());
            assertFalse(new JpaAuditLog(em).search(null, null, "nobody", null, null, 10).iterator().hasNext());
            return null;
        });
    }
}
