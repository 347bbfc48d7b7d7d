package ru.smolensk.registry.web.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The close at the application's stop gives the disk back while other connections (Liberty's pool) are still open:
 * texts forgotten as the retention does grow the open file; {@code SHUTDOWN COMPACT} shrinks it, and the data is
 * still there when the database is opened again.
 */
class CompactionAtStopTest {

    @TempDir
    Path folder;

    @Test
    void theCloseAtTheStopCompactsTheFileWhileThePoolStillHoldsConnections() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("registry")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;MAX_COMPACT_TIME=30000");
        ds.setUser("sa");
        Path file = folder.resolve("registry.mv.db");
        try (Connection pooled = ds.getConnection(); Statement s = pooled.createStatement()) {
            s.execute("create table journal(id int primary key, body varchar)");
            s.execute("insert into journal select \"X\", repeat('текст ', 2000) from system_range(1, 600)");
            s.execute("checkpoint");
            s.execute("update journal set body = null");
            s.execute("checkpoint");
            long open = Files.size(file);

            assertTrue(CompactionAtStop.closeEmbedded(ds));

            long closed = Files.size(file);
            System.out.printf("H2 file: %,d bytes open after the forgetting, %,d bytes after the close at the stop%n",
                    open, closed);
            assertTrue(closed * 4 < open, open + " -> " + closed);
        }
        try (Connection again = ds.getConnection();
                Statement s = again.createStatement();
                ResultSet r = s.executeQuery("select count(*), count(body) from journal")) {
            r.next();
            assertEquals(600, r.getInt(1));
            assertEquals(0, r.getInt(2));
        }
    }
}
