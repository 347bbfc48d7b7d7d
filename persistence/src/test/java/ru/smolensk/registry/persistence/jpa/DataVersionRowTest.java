package ru.smolensk.registry.persistence.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;

import org.junit.jupiter.api.Test;

import ru.smolensk.registry.persistence.testing.TestDatabase;

/**
 * The shared data version: a raise is seen by other connections (other servers) exactly when the writing transaction
 * commits, together with what it wrote, and not at all when it rolls back.
 */
class DataVersionRowTest {

    private final TestDatabase db = TestDatabase.migrated();

    @Test
    void aRaiseIsSeenByOthersWhenItsTransactionCommits() throws Exception {
        try (Connection writer = db.connection(); Connection reader = db.connection()) {
            long start = DataVersionRow.read(reader);
            writer.setAutoCommit(false);
            DataVersionRow.raise(writer);
            assertEquals(start + 1, DataVersionRow.read(writer), "the writer sees its own raise");
            assertEquals(start, DataVersionRow.read(reader), "others do not see it before the commit");
            writer.commit();
            assertEquals(start + 1, DataVersionRow.read(reader), "others see it after the commit");
        }
    }

    @Test
    void aRolledBackRaiseIsNeverSeen() throws Exception {
        try (Connection writer = db.connection(); Connection reader = db.connection()) {
            long start = DataVersionRow.read(reader);
            writer.setAutoCommit(false);
            DataVersionRow.raise(writer);
            writer.rollback();
            assertEquals(start, DataVersionRow.read(reader));
        }
    }
}
