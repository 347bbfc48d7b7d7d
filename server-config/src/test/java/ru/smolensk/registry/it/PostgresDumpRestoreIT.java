package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL backup procedure of the README, run for real: {@code pg_dump -Fc} of the system tests' database
 * while the server works, {@code pg_restore} into a new database, and the restored one has the rows of every table
 * and the migration history of the moment of the dump (counted in the same snapshot the dump was taken from).
 * Skipped on the embedded database.
 */
class PostgresDumpRestoreIT {

    private static final String HOST = "127.0.0.1";
    private static final String USER = "postgres";
    private static final String SOURCE = System.getProperty("it.db.name", "registry_it");
    private static final String RESTORED = System.getProperty("it.restore.db.name", SOURCE + "_restored");

    @BeforeAll
    static void onPostgresql() throws InterruptedException {
        assumeTrue("postgresql".equals(System.getProperty("it.db.kind")), "PostgreSQL only (mvn -Ddb.kind=postgresql)");
        Api.awaitTheApplication();
    }

    @Test
    void aDumpRestoredIntoANewDatabaseHasEveryRowAndTheMigrationHistory() throws Exception {
        Path dump = Path.of("target/pg-dump").toAbsolutePath().resolve(SOURCE + ".dump");
        Files.createDirectories(dump.getParent());
        Files.deleteIfExists(dump);
        Map<String, Long> counts;
        List<String> history;
        try (Connection live = connect(SOURCE)) {
            live.setAutoCommit(false);
            live.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            String snapshot = single(live, "select pg_export_snapshot()");
            counts = counts(live);
            history = history(live);
            run("pg_dump", "-Fc", "-h", HOST, "-U", USER, "--snapshot=" + snapshot, "-f", dump.toString(), SOURCE);
            live.rollback();
        }
        assertTrue(Files.size(dump) > 0);
        try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + RESTORED);
        }
        try {
            run("pg_restore", "-h", HOST, "-U", USER, "-d", RESTORED, "--no-owner", "--exit-on-error",
                    dump.toString());
            try (Connection restored = connect(RESTORED)) {
                assertEquals(counts, counts(restored));
                assertEquals(history, history(restored));
            }
        } finally {
            try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + RESTORED + " WITH (FORCE)");
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + database, USER, "");
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), command[0] + " did not finish");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + output);
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Rows of every table of the application's schema. */
    private static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                        + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            counts.put(table, Long.valueOf(single(c, "select count(*) from \"" + table + "\"")));
        }
        assertTrue(counts.size() > 20, "tables: " + counts.keySet());
        return counts;
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version, checksum, success from flyway_schema_history"
                        + " order by installed_rank")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
