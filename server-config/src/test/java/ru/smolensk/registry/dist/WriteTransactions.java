package ru.smolensk.registry.dist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What PostgreSQL itself tells of a server's write transactions ({@code pg_stat_activity}, {@code pg_locks},
 * {@code pg_xact_status}): seen from a connection of the test's own to the same database, so that a test knows
 * whether a transaction was open at a moment and how it ended, rather than guessing from times.
 */
final class WriteTransactions {

    /**
     * Backends of this database, other than the asking one, whose transaction has written (it holds a transaction id)
     * and holds a row-exclusive lock on the table (it inserted, updated or deleted rows of it and has not ended).
     */
    private static final String WRITERS = "select a.pid, cast(a.backend_xid as text), a.state from pg_stat_activity a"
            + " where a.datname = current_database() and a.pid <> pg_backend_pid() and a.backend_xid is not null"
            + " and exists (select 1 from pg_locks l where l.pid = a.pid and l.locktype = 'relation'"
            + " and l.relation = to_regclass(?) and l.mode = 'RowExclusiveLock' and l.granted)";

    private WriteTransactions() {
    }

    /**
     * A transaction seen open, writing a table.
     *
     * @param pid the server's backend process that ran it
     * @param xid its transaction id
     * @param state the backend's state when seen ({@code active}, {@code idle in transaction})
     * @param seenAt {@link System#nanoTime()} when seen
     */
    record Writer(int pid, String xid, String state, long seenAt) {
    }

    /**
     * Asks every few milliseconds, while {@code meanwhile} holds and at most this long, for a write transaction on
     * {@code table}; the first one seen, or empty when none was.
     */
    static Optional<Writer> await(Connection c, String table, BooleanSupplier meanwhile, Duration limit)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try (PreparedStatement writers = c.prepareStatement(WRITERS)) {
            writers.setString(1, table);
            while (meanwhile.getAsBoolean() && System.nanoTime() < deadline) {
                try (ResultSet rs = writers.executeQuery()) {
                    if (rs.next()) {
                        return Optional.of(new Writer(rs.getInt(1), rs.getString(2), rs.getString(3),
                                System.nanoTime()));
                    }
                }
                Thread.sleep(2);
            }
        }
        return Optional.empty();
    }

    /** Waits at most this long until the backend process is gone; whether it is. */
    static boolean awaitGone(Connection c, int pid, Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        try (PreparedStatement backend = c.prepareStatement("select count(*) from pg_stat_activity where pid = ?")) {
            backend.setInt(1, pid);
            while (true) {
                try (ResultSet rs = backend.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Asks every few milliseconds, at most this long, until the transaction is no longer in progress; how it ended
     * ({@code committed}, {@code aborted}, or {@code in progress} when it did not end in time).
     */
    static String awaitEnd(Connection c, String xid, Duration limit) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        String status = status(c, xid);
        while ("in progress".equals(status) && System.nanoTime() < deadline) {
            Thread.sleep(5);
            status = status(c, xid);
        }
        return status;
    }

    /**
     * How the transaction ended as PostgreSQL's commit log says: {@code committed}, {@code aborted} or
     * {@code in progress}. The id is taken in the cluster's first epoch (a cluster made for the test is far from
     * its first wrap-around).
     */
    static String status(Connection c, String xid) throws SQLException {
        try (PreparedStatement status = c.prepareStatement("select pg_xact_status(cast(? as xid8))")) {
            status.setString(1, xid);
            try (ResultSet rs = status.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
