package ru.smolensk.registry.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL restarted under a load of reads and imports, with the packaged server on a PostgreSQL instance of the
 * test's own (stopped and started by the test; the machine's shared service is never touched): while the database is
 * away readiness is DOWN, API clients get 503 {@code database-unavailable} and screens a Russian 503 page, never a
 * 500, and at once; once it is back the same server recovers by itself (no restart) and every import is all or
 * nothing. Then, with no other load, the server's JVM is killed ({@code kill -9}) while PostgreSQL shows the write
 * transaction of a big import open: nothing of that import is stored, and after a start the same import is stored
 * whole.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseFaultIT {

    private static final Path ZIP = Path.of(System.getProperty("dist.zip", "target/registry-server.zip"));
    private static final int HTTP_PORT = Integer.getInteger("dist.http.port", 19180);
    private static final int HTTPS_PORT = Integer.getInteger("dist.https.port", 19543);
    private static final int PG_PORT = Integer.getInteger("dist.fault.pg.port", 19432);
    private static final String CHIEF = "chief:Chief-Secret-1";
    private static final String SAMPLE = "plan-velizhsky-no-period.docx";
    /** The rows of the document imported when the server is killed: enough for its transaction to last seconds. */
    private static final int KILLED_IMPORT_ROWS = Integer.getInteger("dist.killed.import.rows", 3000);
    private static final String KILLED_PERIOD = "2039-H2";

    @TempDir
    static Path folder;

    private static OwnPostgres postgres;
    private static PackagedServer server;
    /** The last answer an {@link #await} read, for the failure message. */
    private static volatile String lastAnswer = "none";

    @BeforeAll
    static void startTheServerOnItsOwnPostgresql() throws Exception {
        postgres = OwnPostgres.create(Path.of("target/fault-postgresql").toAbsolutePath(), PG_PORT);
        postgres.start();
        try (Connection c = postgres.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE registry");
        }
        server = PackagedServer.unzip(ZIP, folder);
        server.addUser("chief", "Chief-Secret-1", "ADMIN", "COORDINATOR");
        String started = server.run("start", environment());
        assertEquals(200, server.awaitReady(HTTP_PORT), () -> started + "\n" + server.messagesLog());
        PackagedServer.Answer first = importSample(2039);
        assertEquals(201, first.statusCode(), "the first import (loads the document readers): " + first.body());
    }

    @AfterAll
    static void stopAll() throws Exception {
        if (server != null) {
            server.run("stop", environment());
            Files.writeString(Path.of("target/database-fault-messages.log"), server.messagesLog());
        }
        if (postgres != null) {
            postgres.stopQuietly();
        }
    }

    @Test
    @Order(1)
    void aRestartOfPostgresqlIsSurvivedWithoutARestartOfTheServer() throws Exception {
        Load load = new Load();
        try {
            restartUnderLoad(load);
        } catch (AssertionError failure) {
            // what the requests wait for, kept with the build's artefacts and named in the failure
            Path threads = Path.of("target/database-fault-threads.txt");
            Files.writeString(threads, server.threadDump());
            load.halt();
            throw new AssertionError(failure.getMessage() + " (the last awaited answer: " + lastAnswer
                    + "; answers during the load: " + load.statuses + "; the server's threads: "
                    + threads.toAbsolutePath() + ")", failure);
        }
    }

    private void restartUnderLoad(Load load) throws Exception {
        load.start();
        Thread.sleep(10_000);

        postgres.stop();
        long stoppedAt = System.nanoTime();
        assertTrue(await(status -> status == 503, "/health/ready", 30), "readiness goes DOWN");
        long down = (System.nanoTime() - stoppedAt) / 1_000_000;
        PackagedServer.Answer read = server.get(HTTP_PORT, "/api/submissions", CHIEF);
        assertEquals(503, read.statusCode(), read.body());
        assertTrue(read.body().contains("\"code\":\"database-unavailable\""), read.body());
        PackagedServer.Answer imported = importSample(2099);
        assertEquals(503, imported.statusCode(), imported.body());
        assertTrue(imported.body().contains("database-unavailable"), imported.body());
        PackagedServer.Answer page = server.get(HTTP_PORT, "/app/index.xhtml", CHIEF);
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("База данных временно недоступна"), page.body());
        Thread.sleep(5000);

        postgres.start();
        long startedAt = System.nanoTime();
        assertTrue(await(status -> status == 200, "/health/ready", 90), "readiness comes back UP");
        long up = (System.nanoTime() - startedAt) / 1_000_000;
        assertTrue(await(status -> status == 200, "/api/submissions", 30), "reads work again");
        assertEquals(201, importSample(2098).statusCode(), "imports work again");
        Thread.sleep(3000);
        load.stop();
        System.out.println("DatabaseFaultIT: readiness DOWN " + down + " ms after the stop, UP " + up
                + " ms after the start; answers during the load: " + load.statuses + ", the slowest of each (ms): "
                + load.slowest);

        assertEquals(Set.of(), badStatuses(load.statuses), "only 2xx and 503 answers: " + load.statuses);
        assertTrue(load.statuses.getOrDefault(503, new AtomicInteger()).get() > 0, "the load met the outage");
        // no retry of a read while the database is away (QueryRetryOff): the 503 comes at once, not after 15 s
        assertTrue(load.slowest.get(503) < 5000, "503 answered at once: " + load.slowest);
        assertEquals(Map.of(), incompletePlans(), "every plan imported is complete");
        assertTrue(server.messagesLog().contains("database is not reachable"), "the outage is logged");
    }

    @Test
    @Order(2)
    void aServerKilledWhileItsImportIsOpenStoresNothingOfItAndTheSameImportLaterIsStoredWhole() throws Exception {
        new KilledImport(server, postgres, HTTP_PORT, CHIEF, KILLED_PERIOD).run(
                RepeatedRows.docx(sample(), "Фестиваль «Велижская ярмарка»", KILLED_IMPORT_ROWS),
                () -> server.run("start", environment()));
    }

    /** Statuses other than success and 503. */
    private static Set<Integer> badStatuses(Map<Integer, AtomicInteger> statuses) {
        Set<Integer> bad = new java.util.TreeSet<>(statuses.keySet());
        bad.removeIf(s -> s == 503 || s >= 200 && s < 300);
        return bad;
    }

    /** Plans of Велижский муниципальный округ whose entries or audit do not match one whole import of the sample. */
    private static Map<String, String> incompletePlans() throws Exception {
        Map<String, String> wrong = new TreeMap<>();
        try (Connection c = postgres.connect("registry");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select s.period_code, (select count(*) from event_entry e where"
                        + " e.submission_id = s.id), (select count(*) from audit_record a where a.entity_type ="
                        + " 'Submission' and a.entity_id = cast(s.id as varchar)) from submission s join organization"
                        + " o on o.id = s.organization_id where o.code = 'velizhsky'")) {
            int plans = 0;
            while (rs.next()) {
                plans++;
                if (rs.getLong(2) != 1 || rs.getLong(3) == 0) {
                    wrong.put(rs.getString(1), "entries " + rs.getLong(2) + ", audit records " + rs.getLong(3));
                }
            }
            assertTrue(plans > 1, "plans were imported");
        }
        return wrong;
    }

    /**
     * Asks until the answer is the wanted one, for at most this long; each request may take 10 s at most, so one
     * request that does not answer is asked again within the time rather than using it all.
     */
    private static boolean await(IntPredicate wanted, String path, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            PackagedServer.Answer answer = server.get(HTTP_PORT, path, CHIEF, Duration.ofSeconds(10));
            lastAnswer = answer.statusCode() + " " + answer.body().substring(0, Math.min(300, answer.body().length()));
            if (wanted.test(answer.statusCode())) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    /** Imports the one-entry plan of Велижский муниципальный округ for a half-year of this year. */
    private static PackagedServer.Answer importSample(int year) throws IOException, InterruptedException {
        return server.post(HTTP_PORT, "/api/imports?dryRun=false&period=" + year + "-H1", CHIEF,
                "application/octet-stream", sample());
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = DatabaseFaultIT.class.getResourceAsStream("/samples/" + SAMPLE)) {
            return in.readAllBytes();
        }
    }

    private static Map<String, String> environment() {
        return Map.of("HTTP_PORT", String.valueOf(HTTP_PORT), "HTTPS_PORT", String.valueOf(HTTPS_PORT), "DB_KIND",
                "postgresql", "DB_HOST", "127.0.0.1", "DB_PORT", String.valueOf(PG_PORT), "DB_NAME", "registry",
                "DB_USER", "postgres");
    }

    /**
     * Two readers and an importer (each import a plan of a new half-year, the same again after a 503) until stopped;
     * the answers counted.
     */
    private static final class Load {
        final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        /** The longest answer of each status, in milliseconds. */
        final Map<Integer, Long> slowest = new ConcurrentHashMap<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        /** The years the load imports plans into: not the test's own (2039, 2098, 2099). */
        private static final int FIRST_LOAD_YEAR = 2040;
        private static final int LAST_LOAD_YEAR = 2097;
        private final AtomicInteger year = new AtomicInteger(FIRST_LOAD_YEAR);
        private final ExecutorService threads = Executors.newFixedThreadPool(3);

        void start() {
            List<String> reads = List.of("/api/submissions", "/api/events?period=2040-H1&size=20");
            for (String path : reads) {
                threads.submit(() -> loop(() -> server.get(HTTP_PORT, path, CHIEF)));
            }
            // a 503 wrote nothing ("ничего не записано"), so the same half-year is imported again: a next year only
            // after any other answer; after the last year the first again (a fast machine imports more plans than
            // there are years up to 2100, the last a period may have): the same file into its own plan changes
            // nothing and is answered 2xx like the first time
            threads.submit(() -> loop(() -> {
                PackagedServer.Answer answer = importSample(year.get());
                if (answer.statusCode() != 503) {
                    year.updateAndGet(y -> y == LAST_LOAD_YEAR ? FIRST_LOAD_YEAR : y + 1);
                }
                return answer;
            }));
        }

        private void loop(Call call) {
            while (running.get()) {
                try {
                    long sent = System.nanoTime();
                    int status = call.send().statusCode();
                    statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                    slowest.merge(status, (System.nanoTime() - sent) / 1_000_000, Math::max);
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException e) {
                    statuses.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                }
            }
        }

        /** Stops the load without waiting for requests in flight (the test failed already). */
        void halt() {
            running.set(false);
            threads.shutdownNow();
        }

        void stop() throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertTrue(threads.awaitTermination(2, TimeUnit.MINUTES));
        }
    }

    private interface Call {
        PackagedServer.Answer send() throws IOException, InterruptedException;
    }
}
