package ru.smolensk.registry.web.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;

import ru.smolensk.registry.persistence.migration.MigrationOnStartup;

/**
 * Closes the embedded database when the application stops, after every application-scoped bean has ended (the
 * outbox worker's last attempt included), with H2's {@code SHUTDOWN COMPACT}: the file is rewritten with the live
 * data only, which gives back the space the retention freed. Without it a Liberty stop left the file as large as it
 * was, and so did a close with {@code MAX_COMPACT_TIME} once the running server's background compaction had moved
 * the chunks (measured, docs/backup.md). The cost is a stop longer by the time to copy the live data. Nothing
 * happens on PostgreSQL, nor when the application never started (a refused start must not create the embedded
 * database file by opening it at the stop).
 */
@ApplicationScoped
public class CompactionAtStop {

    private static final Logger LOG = Logger.getLogger(CompactionAtStop.class.getName());

    private static volatile boolean started;

    static void applicationStarted(@Observes @Priority(MigrationOnStartup.PRIORITY + 10) Startup startup) {
        started = true;
    }

    static void applicationStopped(@Observes @Destroyed(ApplicationScoped.class) Object event) {
        if (!started) {
            LOG.info("Embedded database not compacted at the stop: the application had not started");
            return;
        }
        try {
            closeEmbedded(InitialContext.doLookup("jdbc/registry"));
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Embedded database not closed at the stop: no data source", e);
        }
    }

    /** Closes the database behind the data source if it is H2 (compacting it); false for another database. */
    static boolean closeEmbedded(DataSource dataSource) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                return false;
            }
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Embedded database not closed at the stop; H2 closes it without compaction", e);
            return false;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Embedded database closed and compacted at the stop (" + millis + " ms)");
        return true;
    }
}
