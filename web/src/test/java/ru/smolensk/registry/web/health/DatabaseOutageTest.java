package ru.smolensk.registry.web.health;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aConnectionErrorAnywhereAmongTheCausesIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertTrue(DatabaseOutage.isCause(new PersistenceException(new RuntimeException(refused))));
        assertTrue(DatabaseOutage.isCause(new IllegalStateException(new SQLException("terminating connection due to"
                + " administrator command", "57P01"))));
        assertTrue(DatabaseOutage.isCause(new SQLTransientConnectionException("pool: no connection")));
        SQLException chained = new SQLException("batch failed", "XX000");
        chained.setNextException(new SQLException("I/O error", "08006"));
        assertTrue(DatabaseOutage.isCause(new PersistenceException("commit failed", chained)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutage.isCause(new PersistenceException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseOutage.isCause(new IllegalArgumentException("no")));
        assertFalse(DatabaseOutage.isCause(new SQLException("no state")));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(DatabaseOutage.isCause(a));
    }
}
