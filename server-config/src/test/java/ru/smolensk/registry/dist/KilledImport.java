package ru.smolensk.registry.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;

/**
 * A server's JVM killed ({@code kill -9}) while PostgreSQL shows its import's transaction open and inserting the
 * import's entries, then started again. The kill is made only once that is seen (never on a guess of time); the
 * transaction must then end aborted with nothing of the import stored, and the same import sent again after the start
 * must be stored whole. Used by {@link DatabaseFaultIT} on its own PostgreSQL instance, with no other load.
 */
final class KilledImport {

    private static final Duration IMPORT_LIMIT = Duration.ofMinutes(5);
    /** The import writes its new plan first: its transaction is open from then on. */
    private static final String PLANS = "submission";
    /** Then the plan's entries, at the commit (batches of 100 rows). */
    private static final String ENTRIES = "event_entry";

    private final PackagedServer server;
    private final OwnPostgres postgres;
    private final int port;
    private final String credentials;
    private final String period;

    KilledImport(PackagedServer server, OwnPostgres postgres, int port, String credentials, String period) {
        this.server = server;
        this.postgres = postgres;
        this.port = port;
        this.credentials = credentials;
        this.period = period;
    }

    /** What starts the killed server again; its output. */
    interface Start {
        String start() throws Exception;
    }

    /** The moments PostgreSQL showed the import's transaction writing its plan, then its entries. */
    private record Seen(WriteTransactions.Writer plan, WriteTransactions.Writer entries) {
    }

    void run(byte[] document, Start start) throws Exception {
        PackagedServer.Answer dryRun = server.post(port, "/api/imports?dryRun=true&period=" + period, credentials,
                "application/octet-stream", document, IMPORT_LIMIT);
        assertEquals(200, dryRun.statusCode(), () -> "the dry run: " + dryRun.body());
        int rows = Json.createReader(new StringReader(dryRun.body())).readObject().getJsonArray("rows").size();
        try (Connection db = postgres.connect("registry")) {
            long entriesBefore = count(db, "select count(*) from event_entry", null);
            Timestamp since = now(db);
            long sentAt = System.nanoTime();
            CompletableFuture<PackagedServer.Answer> answer = send(document);
            Optional<Seen> seen = seen(db, answer);
            if (seen.isEmpty()) {
                fail("the import of " + rows + " rows answered before its transaction was seen writing its entries,"
                        + " so the server was not killed: a bigger document is needed (" + answer.get().statusCode()
                        + ")");
            }
            long killedAt = kill();
            PackagedServer.Answer killed = answer.get(1, TimeUnit.MINUTES);
            long goneAt = System.nanoTime();
            WriteTransactions.Writer writer = seen.get().entries();
            assertEquals(-1, killed.statusCode(), () -> "the killed import got no answer: " + killed.body());
            assertTrue(WriteTransactions.awaitGone(db, writer.pid(), Duration.ofSeconds(30)),
                    "PostgreSQL ends the killed server's backend " + writer.pid());
            String ended = WriteTransactions.status(db, writer.xid());
            long submissions = count(db, "select count(*) from submission where period_code = ?", period);
            long entries = count(db, "select count(*) from event_entry", null) - entriesBefore;
            long audit = count(db, "select count(*) from audit_record where occurred_at >= ?", since);
            System.out.printf("DatabaseFaultIT: an import of %d rows killed %d ms after it was sent: its transaction"
                    + " %s seen writing its plan after %d ms, its entries after %d ms (%s); the JVM gone %d ms after"
                    + " the kill; the transaction ended %s; stored of it: %d plans, %d entries, %d audit records%n",
                    rows, ms(killedAt - sentAt), writer.xid(), ms(seen.get().plan().seenAt() - sentAt),
                    ms(writer.seenAt() - sentAt), writer.state(), ms(goneAt - killedAt), ended, submissions,
                    entries, audit);
            assertEquals("aborted", ended, "the transaction seen writing at the kill was never committed");
            assertEquals(0, submissions, "no plan of the killed import");
            assertEquals(0, entries, "no entry of the killed import");
            assertEquals(0, audit, "no audit record of the killed import");

            String started = start.start();
            assertEquals(200, server.awaitReady(port), () -> started + "\n" + server.messagesLog());
            importWhole(db, document, rows);
        }
    }

    /** The same import on the started server: 201, one plan of every row, its audit records. */
    private void importWhole(Connection db, byte[] document, int rows) throws Exception {
        Timestamp since = now(db);
        long sentAt = System.nanoTime();
        CompletableFuture<PackagedServer.Answer> answer = send(document);
        Optional<Seen> seen = seen(db, answer);
        String ended = seen.isEmpty()
                ? "not seen"
                : WriteTransactions.awaitEnd(db, seen.get().plan().xid(),
                        IMPORT_LIMIT);
        long endedAt = System.nanoTime();
        PackagedServer.Answer imported = answer.get(IMPORT_LIMIT.toMinutes(), TimeUnit.MINUTES);
        long answeredAt = System.nanoTime();
        assertEquals(201, imported.statusCode(), () -> "the import after the start: " + imported.body());
        long entries = count(db, "select count(*) from event_entry e join submission s on e.submission_id = s.id"
                + " where s.period_code = ?", period);
        long audit = count(db, "select count(*) from audit_record where occurred_at >= ?", since);
        System.out.printf("DatabaseFaultIT: the same import after the start answered %d in %d ms; its transaction"
                + " seen writing its plan after %s ms, its entries after %s ms, %s after %d ms; entries stored: %d"
                + " of %d, audit records: %d%n", imported.statusCode(), ms(answeredAt - sentAt),
                seen.map(s -> String.valueOf(ms(s.plan().seenAt() - sentAt))).orElse("—"),
                seen.map(s -> String.valueOf(ms(s.entries().seenAt() - sentAt))).orElse("—"), ended,
                ms(endedAt - sentAt), entries, rows, audit);
        assertEquals(rows, entries, "the import is stored whole");
        assertEquals(rows + 1, audit, "one audit record of every entry and one of the import");
        if (seen.isPresent()) {
            assertEquals("committed", ended, "the import's transaction");
        }
    }

    /**
     * Watches PostgreSQL until the import's transaction is seen writing its plan, then its entries (the same
     * transaction); empty when the import answered first.
     */
    private static Optional<Seen> seen(Connection db, CompletableFuture<PackagedServer.Answer> answer)
            throws SQLException, InterruptedException {
        Optional<WriteTransactions.Writer> plan = WriteTransactions.await(db, PLANS, () -> !answer.isDone(),
                IMPORT_LIMIT);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Optional<WriteTransactions.Writer> entries = WriteTransactions.await(db, ENTRIES, () -> !answer.isDone(),
                IMPORT_LIMIT);
        entries.ifPresent(e -> assertEquals(plan.get().xid(), e.xid(), "one transaction writes the plan and its"
                + " entries"));
        return entries.map(e -> new Seen(plan.get(), e));
    }

    private CompletableFuture<PackagedServer.Answer> send(byte[] document) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return server.post(port, "/api/imports?dryRun=false&period=" + period, credentials,
                        "application/octet-stream", document, IMPORT_LIMIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Kills the server's JVM and waits until it is gone; when the kill was sent. */
    private long kill() throws Exception {
        ProcessHandle jvm = ProcessHandle.of(server.pid()).orElseThrow();
        long killedAt = System.nanoTime();
        assertTrue(jvm.destroyForcibly(), "the kill is sent");
        jvm.onExit().get(1, TimeUnit.MINUTES);
        return killedAt;
    }

    private static Timestamp now(Connection db) throws SQLException {
        try (PreparedStatement now = db.prepareStatement("select clock_timestamp()");
                ResultSet rs = now.executeQuery()) {
            rs.next();
            return rs.getTimestamp(1);
        }
    }

    private static long count(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
