package ru.smolensk.registry.persistence.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.smolensk.registry.persistence.migration.DatabaseMigrator;

/**
 * An online backup taken while a connection writes is the database: unpacked as an administrator restores it (in
 * place of the file), it opens with the same rows in every table and the same migration history.
 */
class H2OnlineBackupTest {

    @TempDir
    Path folder;

    @Test
    void aBackupUnpackedInPlaceOfTheFileOpensWithEveryRow() throws Exception {
        DataSource live = h2(folder.resolve("live/registry"));
        DatabaseMigrator.migrate(live);
        try (Connection c = live.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 50; i++) {
                s.executeUpdate("insert into audit_record (id, occurred_at, username, action, entity_type, entity_id)"
                        + " values (" + (1_000_000 + i) + ", current_timestamp, 'admin', 'CREATE', 'Test', '" + i
                        + "')");
            }
            Path zip = folder.resolve("backups/registry-20260101-000000.zip");
            Files.createDirectories(zip.getParent());
            H2OnlineBackup backup = new H2OnlineBackup(live);
            assertTrue(backup.supported());
            backup.writeTo(zip);
            // written after the backup: not in it
            s.executeUpdate("delete from audit_record where entity_type = 'Test' and entity_id = '0'");

            Path restored = folder.resolve("restored");
            List<String> entries = unzip(zip, restored);
            assertEquals(List.of("registry.mv.db"), entries);
            Map<String, Long> before = counts(c);
            before.merge("audit_record", 1L, Long::sum);
            try (Connection r = h2(restored.resolve("registry")).getConnection()) {
                assertEquals(before, counts(r));
                assertEquals(history(c), history(r));
            }
        }
    }

    static DataSource h2(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
                + ";IFEXISTS=FALSE");
        ds.setUser("sa");
        return ds;
    }

    private static List<String> unzip(Path zip, Path into) throws IOException {
        List<String> names = new ArrayList<>();
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                Files.copy(in, into.resolve(e.getName()));
            }
        }
        return names;
    }

    /** Rows of every table of the application's schema. */
    static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[]{"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        assertTrue(counts.size() > 20, "tables: " + counts.keySet());
        return counts;
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select \"version\", \"checksum\", \"success\" from"
                        + " \"flyway_schema_history\" order by \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }
}
