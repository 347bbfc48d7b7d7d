package ru.smolensk.registry.web.health;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells a failure because the database is not reachable (stopped, restarting, the network down) from other failures:
 * anywhere among the causes a JDBC connection error ({@code SQLState} class 08), PostgreSQL's shutdown and start-up
 * states (57P01–57P03) or the driver's connection exceptions. Such failures are answered as "try again later" (503),
 * never as a fault of the request.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether this failure, or any of its causes, is the database being out of reach. */
    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLException sql && isConnectionError(sql, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isConnectionError(SQLException sql, Map<Throwable, Boolean> seen) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLRecoverableException
                    || state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                return true;
            }
            if (e != sql && seen.put(e, Boolean.TRUE) == null && e.getCause() != null && isCause(e.getCause())) {
                return true;
            }
        }
        return false;
    }
}
