package ru.smolensk.registry.persistence.backup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.smolensk.registry.persistence.migration.DatabaseMigrator;

/**
 * Disk given back on the embedded database: journaled messages with their texts fill the file, the retention forgets
 * the texts (the same update as {@code exchange.journal.body-retention-days}), and the file shrinks only when the
 * database is closed with enough time to compact ({@code MAX_COMPACT_TIME} of the server's URL, as at a server stop).
 * Prints the sizes; {@code -Dcompaction.messages=20000} for a larger run (docs/backup.md has the figures).
 */
class H2CompactionTest {

    /** The server's URL settings (server-config's db/h2.xml) without the compaction time. */
    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** The compaction time of the server's URL. */
    private static final String SERVER_COMPACT = ";MAX_COMPACT_TIME=30000";
    private static final int MESSAGES = Integer.getInteger("compaction.messages", 500);
    private static final int TEXT_CHARS = 12_000;

    @TempDir
    Path folder;

    @Test
    void forgottenTextsGiveTheDiskBackWhenTheDatabaseClosesWithTimeToCompact() throws Exception {
        Path base = folder.resolve("registry");
        Path file = folder.resolve("registry.mv.db");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + base + SETTINGS);
        ds.setUser("sa");
        DatabaseMigrator.migrate(ds);
        long full;
        long forgottenOpen;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + SETTINGS, "sa", "");
                Statement s = c.createStatement()) {
            fill(c);
            full = Files.size(file);
            c.setAutoCommit(true);
            int forgotten = s.executeUpdate("update exchange_message set request_body = null, response_body = null,"
                    + " receipt = null, answer_envelope = null where request_body is not null");
            assertTrue(forgotten == MESSAGES);
            Thread.sleep(5000);
            s.execute("CHECKPOINT SYNC");
            forgottenOpen = Files.size(file);
        }
        long forgottenDefaultClose = Files.size(file);

        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + SETTINGS + SERVER_COMPACT, "sa",
                "")) {
            c.isValid(1);
        }
        long compactMillis = (System.nanoTime() - started) / 1_000_000;
        long compactedAtClose = Files.size(file);

        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base + SETTINGS, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        }
        long shutdownCompact = Files.size(file);

        System.out.printf("H2 compaction, %d journaled messages with %d+%d characters of texts:%n"
                + "  file with the texts (database open)      %,d bytes%n"
                + "  texts forgotten, 5 s later, still open   %,d bytes%n"
                + "  closed (H2's default 200 ms to compact)  %,d bytes%n"
                + "  reopened and closed, MAX_COMPACT_TIME    %,d bytes (%d ms to open, compact and close)%n"
                + "  SHUTDOWN COMPACT (for comparison)        %,d bytes%n", MESSAGES, TEXT_CHARS, TEXT_CHARS, full,
                forgottenOpen, forgottenDefaultClose, compactedAtClose, compactMillis, shutdownCompact);
        assertTrue(forgottenOpen >= full, "the open file does not shrink when texts are forgotten");
        assertTrue(compactedAtClose < forgottenOpen / 4, "the close with time to compact gives the space back");
    }

    private static void fill(Connection c) throws SQLException {
        Random random = new Random(27);
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("insert into exchange_message (id, message_id, partner,"
                + " operation, direction, received_at, size_bytes, body_sha256, status, dedup_key, request_body,"
                + " response_body) values (?, ?, 'union', 'SubmitEvents', 'IN', current_timestamp, ?, ?, 'PROCESSED',"
                + " ?, ?, ?)")) {
            for (int i = 0; i < MESSAGES; i++) {
                String id = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
                insert.setLong(1, 10_000_000L + i);
                insert.setString(2, id);
                insert.setLong(3, TEXT_CHARS);
                insert.setString(4, "0".repeat(64));
                insert.setString(5, "IN:union:" + id);
                insert.setString(6, envelope(random));
                insert.setString(7, envelope(random));
                insert.addBatch();
                if (i % 100 == 99) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        }
    }

    /** A text of the size of a journaled SOAP message, not compressible into nothing. */
    private static String envelope(Random random) {
        StringBuilder text = new StringBuilder(TEXT_CHARS);
        while (text.length() < TEXT_CHARS) {
            text.append("<ex:Record><ex:Name>Мероприятие ").append(random.nextInt(1_000_000))
                    .append("</ex:Name></ex:Record>");
        }
        return text.substring(0, TEXT_CHARS);
    }
}
