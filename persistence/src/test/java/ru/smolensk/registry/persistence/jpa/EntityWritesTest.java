package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.domain.model.event.EventEntry;
import ru.smolensk.registry.domain.model.event.OfficialColumns;
import ru.smolensk.registry.domain.model.organization.Organization;
import ru.smolensk.registry.domain.model.period.ReportingPeriod;
import ru.smolensk.registry.domain.model.submission.DocumentKind;
import ru.smolensk.registry.domain.model.submission.Submission;
import ru.smolensk.registry.persistence.testing.TestDatabase;

/** Every insert, update and delete of an entity changes the data version; reads do not. */
class EntityWritesTest {

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

    @Test
    void writesChangeTheVersionAndReadsDoNot() {
        EntityWriteVersion version = new EntityWriteVersion();
        long start = version.current();
        long id = TestDatabase.inTransaction(emf, em -> {
            Organization org = new JpaOrganizationRepository(em).findByCode("demidovsky").orElseThrow();
            Submission plan = new JpaSubmissionRepository(em).save(new Submission(org, ReportingPeriod.parse(
                    "2023-H1"), DocumentKind.PLAN, "t", NOW));
            return new JpaEventEntryRepository(em).save(new EventEntry(plan, 1, null, new OfficialColumns("Встреча",
                    null, null, null, null, null, null), NOW)).id();
        });
        long inserted = version.current();
        assertTrue(inserted > start, "inserts counted");
        TestDatabase.inTransaction(emf, em -> new JpaEventEntryRepository(em).findById(id).orElseThrow());
        assertEquals(inserted, version.current(), "a read is not a write");
        TestDatabase.inTransaction(emf, em -> {
            new JpaEventEntryRepository(em).findById(id).orElseThrow().rewrite(new OfficialColumns("Встреча 2",
                    null, null, null, null, null, null), NOW.plusDays(1));
            return null;
        });
        long updated = version.current();
        assertTrue(updated > inserted, "updates counted");
        TestDatabase.inTransaction(emf, em -> {
            JpaEventEntryRepository entries = new JpaEventEntryRepository(em);
            entries.delete(entries.findById(id).orElseThrow());
            return null;
        });
        assertTrue(version.current() > updated, "deletes counted");
    }
}
