package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;

import ru.smolensk.registry.dist.ServerCommand;

/**
 * Two servers from the dist package behind HAProxy over one PostgreSQL database, started with the cluster script as an
 * administrator would ({@code server-config/src/main/cluster/cluster.sh}, docs/operations.md). Both servers start
 * together and the schema is migrated once; a write on one server shows at once in the other's kept list pages; a
 * bounded load of list reads, entry edits and SOAP submits goes through the proxy while one server is killed
 * ({@code kill -9}) 0.7 s after an import was sent through it: no request fails except those in flight at the kill,
 * the import is stored whole or not at all (the 81-row import usually ends before the kill, so this does not show a
 * kill inside its transaction: {@code DatabaseFaultIT} does), every edit reads the same through both servers, no
 * outbound message or reminder goes twice, and a browser signed in on a server that is stopped keeps its form on the
 * other. The throughput through the proxy with two
 * servers and with one is printed (docs/operations.md).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT extends ScreenTestSupport {

    private static final Path ZIP = Path.of(System.getProperty("dist.zip", "target/registry-server.zip"));
    private static final Path SCRIPT = Path.of(System.getProperty("cluster.script", "src/main/cluster/cluster.sh"));
    private static final Path DIR = Path.of(System.getProperty("cluster.dir", "target/cluster")).toAbsolutePath();
    private static final int[] HTTP = {Integer.getInteger("cluster.node1.http.port", 19280),
            Integer.getInteger("cluster.node2.http.port", 19380)};
    private static final int[] HTTPS = {Integer.getInteger("cluster.node1.https.port", 19643),
            Integer.getInteger("cluster.node2.https.port", 19743)};
    private static final int PROXY = Integer.getInteger("cluster.proxy.port", 19480);
    private static final String DB_NAME = System.getProperty("cluster.db.name", "registry_cluster");
    private static final int PARTNER_PORT = Integer.getInteger("it.partner.port", 19181);
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 19025);
    private static final Duration LOAD_PHASE = Duration.ofSeconds(25);
    private static final Pattern MIGRATED = Pattern.compile("Database schema at version \\S+ \\((\\d+) migrations");
    private static final HttpClient HTTP_CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    private static StubPartner partner;
    /** The name each edited entry was last given by a successful edit, by its id. */
    private static final Map<Long, String> EDITED = new ConcurrentHashMap<>();

    @BeforeAll
    static void startTheCluster() throws Exception {
        assertTrue(Files.isRegularFile(ZIP), "the dist package is built first: " + ZIP);
        try (Connection c = postgres("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB_NAME);
        }
        cluster("stop");
        deleteTree(DIR);
        partner = StubPartner.publish("http://localhost:" + PARTNER_PORT + "/partner");
        String started = cluster("start");
        assertTrue(started.contains("HAProxy on port " + PROXY), started);
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        System.out.println(cluster("stop"));
        if (partner != null) {
            partner.stop();
        }
    }

    @Test
    @Order(1)
    void bothServersStartedTogetherAndEachMigrationRanOnce() throws Exception {
        List<Integer> applied = new ArrayList<>();
        for (int node = 1; node <= 2; node++) {
            Matcher m = MIGRATED.matcher(messagesLog(node));
            assertTrue(m.find(), "node " + node + " logs its schema version");
            applied.add(Integer.parseInt(m.group(1)));
        }
        // Flyway locks each migration, not the whole run: the two servers may share the work, never repeat it
        try (Connection c = postgres(DB_NAME);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*), count(distinct version), count(*) filter"
                        + " (where not success) from flyway_schema_history where type <> 'BASELINE'"
                        + " and version is not null")) {
            rs.next();
            assertEquals(rs.getLong(1), rs.getLong(2), "each migration applied once");
            assertEquals(0, rs.getLong(3), "no failed migration");
            assertEquals(rs.getLong(1), applied.get(0) + applied.get(1), "the servers applied them between them: "
                    + applied);
        }
        assertEquals(200, call(PROXY, "GET", "/health/ready", null, null, null, null).status());
    }

    @Test
    @Order(2)
    void aWriteOnOneServerShowsAtOnceInTheOtherServersKeptPages() throws Exception {
        String list = "/api/events?period=2026-H1&kind=PLAN&organization=smolensk&size=50&sort=-updated";
        long id = newEntry(HTTP[0]);
        for (int round = 0; round < 3; round++) {
            call(HTTP[1], "GET", list, "smolensk", null, null, null);
            call(HTTP[1], "GET", list, "smolensk", null, null, null);
            String name = "Кластер: правка " + round + " " + UUID.randomUUID();
            assertEquals(200, edit(HTTP[0], id, name).status());
            Answer page = call(HTTP[1], "GET", list, "smolensk", null, null, null);
            assertTrue(page.body().contains(name), "the other server's page shows the edit at once: " + name);
        }
        System.out.printf("ClusterIT: data version read (PostgreSQL, one primary-key row): %.1f µs%n",
                dataVersionReadMicros());
    }

    @Test
    @Order(3)
    void remindersAreSentOnceWhenBothServersRunTheJobAtOnce() throws Exception {
        LocalDate today = LocalDate.now();
        for (String org : List.of("roslavlsky", "demidovsky", "velizhsky")) {
            assertEquals(200, call(PROXY, "PUT", "/api/reference/organizations/" + org + "/email", "admin",
                    "application/json", json("{\"email\":\"" + org + "@cluster.example\"}"), null).status());
        }
        assertEquals(200, call(PROXY, "PUT", "/api/campaigns/report/municipal/2038-Q3", "coordinator",
                "application/json", json("{\"opensOn\":\"" + today.minusDays(10) + "\",\"closesOn\":\""
                        + today.plusDays(3) + "\"}"),
                null).status());
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Answer>> runs = new ArrayList<>();
                for (int port : HTTP) {
                    runs.add(both.submit(() -> call(port, "POST", "/api/campaigns/reminders/run", "coordinator",
                            "application/json", new byte[0], null)));
                }
                for (Future<Answer> run : runs) {
                    assertEquals(200, run.get().status(), run.get().body());
                }
            }
        } finally {
            both.shutdownNow();
        }
        List<String> letters = new ArrayList<>();
        for (MimeMessage m : SMTP.getReceivedMessages()) {
            if (m.getSubject().contains("2038")) {
                letters.add(m.getAllRecipients()[0] + " " + m.getSubject());
            }
        }
        assertEquals(3, letters.size(), "one letter per organisation: " + letters);
        assertEquals(letters.size(), letters.stream().distinct().count(), "no letter twice: " + letters);
        assertEquals(3, count("select count(*) from sent_reminder r join campaign c on r.campaign_id = c.id"
                + " where c.period_code = '2038-Q3'"));
    }

    @Test
    @Order(4)
    void aLoadThroughTheProxyLosesOnlyTheRequestsInFlightWhenAServerIsKilledDuringAnImport() throws Exception {
        byte[] document = withYear(Fixtures.bytes("report-regional-2025-Q2.docx"), "2025", "2029");
        Answer dryRun = call(PROXY, "POST", "/api/imports?dryRun=true", "coordinator", DOCX, document, null);
        assertEquals(200, dryRun.status(), dryRun.body());
        int rows = Json.createReader(new java.io.StringReader(dryRun.body())).readObject().getJsonArray("rows")
                .size();
        approveTheDraftPlanOf("shumyachsky");
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            entries.add(newEntry(PROXY));
        }
        Load load = new Load(entries);
        load.start();
        Thread.sleep(LOAD_PHASE.toMillis());
        long twoServers = load.succeededSince(0);
        double twoSeconds = load.secondsSince(0);

        ExecutorService importing = Executors.newSingleThreadExecutor();
        long importStart = System.nanoTime();
        Future<Answer> imported = importing.submit(() -> call(PROXY, "POST", "/api/imports", "coordinator", DOCX,
                document, "REGISTRY_NODE=node1"));
        Thread.sleep(700);
        long killedAt = System.nanoTime();
        ProcessHandle node1 = ProcessHandle.of(pid(1)).orElseThrow();
        node1.destroyForcibly();
        node1.onExit().get(1, TimeUnit.MINUTES);
        // a killed server is not gone at once: a request that reached it before it was gone was in flight at the kill
        long goneAt = System.nanoTime();
        Answer importAnswer = imported.get(5, TimeUnit.MINUTES);
        importing.shutdown();

        Thread.sleep(5_000); // the proxy takes node 1 out after two failed checks
        long oneServerFrom = System.nanoTime();
        long beforeOne = load.succeeded();
        Thread.sleep(LOAD_PHASE.toMillis());
        long oneServer = load.succeeded() - beforeOne;
        double oneSeconds = (System.nanoTime() - oneServerFrom) / 1e9;
        List<Call> calls = load.stop();

        List<Call> inFlight = calls.stream().filter(c -> !c.ok() && c.start() < goneAt && c.end() > killedAt)
                .toList();
        List<Call> failed = calls.stream().filter(c -> !c.ok() && !inFlight.contains(c)).toList();
        System.out.printf("ClusterIT: %d requests, %d in flight at the kill failed, %d others failed (the server was"
                + " gone %d ms after the kill)%n", calls.size(), inFlight.size(), failed.size(),
                (goneAt - killedAt) / 1_000_000);
        inFlight.forEach(c -> System.out.println("  in flight: " + c.what()));
        failed.forEach(c -> System.out.printf("  FAILED %+d ms from the kill: %s%n", (c.start() - killedAt)
                / 1_000_000, c.what()));
        System.out.printf("ClusterIT: throughput through the proxy: two servers %.1f req/s, one server %.1f req/s%n",
                twoServers / twoSeconds, oneServer / oneSeconds);

        long stored = count("select count(*) from event_entry e join submission s on e.submission_id = s.id"
                + " where s.period_code = '2029-Q2'");
        System.out.printf("ClusterIT: the import killed after %d ms answered %d; entries stored: %d of %d%n",
                (killedAt - importStart) / 1_000_000, importAnswer.status(), stored, rows);
        assertTrue(stored == 0 || stored == rows, "the import is all or nothing: " + stored + " of " + rows);
        if (importAnswer.status() == 200 || importAnswer.status() == 201) {
            assertEquals(rows, stored, "an import answered as done is stored whole");
        }
        assertTrue(failed.isEmpty(), "only requests in flight at the kill may fail: " + failed);
    }

    @Test
    @Order(5)
    void afterTheKilledServerIsBackEveryEditReadsTheSameThroughBothAndNoMessageWentTwice() throws Exception {
        String restarted = cluster("start-node", "1");
        assertTrue(restarted.contains("node 1 ready"), restarted);
        assertFalse(EDITED.isEmpty(), "edits were made under load");
        for (Map.Entry<Long, String> edit : EDITED.entrySet()) {
            for (int port : HTTP) {
                Answer entry = call(port, "GET", "/api/events/" + edit.getKey(), "smolensk", null, null, null);
                assertEquals(edit.getValue(), read(entry).getString("name"), "entry " + edit.getKey() + " on " + port);
            }
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (count("select count(*) from outbound_message where status <> 'SENT'") > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        List<String> queued = strings("select message_id from outbound_message");
        assertFalse(queued.isEmpty(), "approved records were queued for the partner");
        Map<String, Long> received = partner.received.stream()
                .collect(Collectors.groupingBy(StubPartner.Received::messageId, Collectors.counting()));
        for (String id : queued) {
            assertEquals(1L, received.getOrDefault(id, 0L), "message " + id + " delivered once: " + received);
        }
    }

    @Test
    @Order(6)
    void aBrowserOnAServerThatStopsKeepsItsSignInAndItsOpenFormOnTheOther() throws Exception {
        long id = newEntry(PROXY);
        signIn("smolensk");
        open("/app/event.xhtml?id=" + id);
        String name = "Кластер: форма после остановки сервера " + UUID.randomUUID();
        type(By.id("entryForm:name"), name);
        System.out.printf("ClusterIT: the entry form with its view state in the page: %d characters of page, %d of"
                + " view state%n", browser.getPageSource().length(), viewStateLength());
        Cookie node = browser.manage().getCookieNamed("REGISTRY_NODE");
        assertTrue(node != null && node.getValue().matches("node[12]"), "the proxy pins the browser to a server");
        int stopped = Integer.parseInt(node.getValue().substring(4));
        String stop = cluster("stop-node", String.valueOf(stopped));
        assertEquals(-1, call(HTTP[stopped - 1], "GET", "/health/ready", null, null, null, null).status(), stop);
        click(By.id("entryForm:save"));
        // the other server restores the form's bean from the page's view state and saves what was typed
        wait.until(ExpectedConditions.urlContains("/app/submission.xhtml"));
        assertEquals(name, read(call(HTTP[2 - stopped], "GET", "/api/events/" + id, "smolensk", null, null, null))
                .getString("name"), "the text typed on the stopped server, saved by the other");
        open("/app/event.xhtml?id=" + id);
        assertEquals(name, waitFor(By.id("entryForm:name")).getAttribute("value"), "shown after a reload");
        open("/app/");
        waitFor(By.id("account-name"));
        assertTrue(browser.getCurrentUrl().contains("/app/"), "still signed in: " + browser.getCurrentUrl());
        assertEquals("node" + (3 - stopped), browser.manage().getCookieNamed("REGISTRY_NODE").getValue());
    }

    /** List reads, entry edits and SOAP submits through the proxy, each kept with its times and outcome. */
    private static final class Load {

        private final List<Long> entries;
        private final List<Call> calls = new CopyOnWriteArrayList<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final ExecutorService workers = Executors.newFixedThreadPool(6);
        private final long started = System.nanoTime();

        Load(List<Long> entries) {
            this.entries = entries;
        }

        void start() {
            for (int reader = 0; reader < 2; reader++) {
                int page = reader;
                loop(n -> "GET list page " + (n % 3 + page), n -> call(PROXY, "GET", "/api/events?period=2026-H1"
                        + "&kind=PLAN&size=50&page=" + (n % 3 + page), "coordinator", null, null, null));
            }
            for (long id : entries) {
                loop(n -> "PUT entry " + id + " #" + n, n -> {
                    String name = "Кластер: нагрузка " + id + " #" + n;
                    Answer answer = edit(PROXY, id, name);
                    if (answer.status() == 200) {
                        EDITED.put(id, name);
                    }
                    return answer;
                });
            }
        }

        private void loop(Function<Integer, String> what, Function<Integer, Answer> request) {
            workers.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    long start = System.nanoTime();
                    Answer answer;
                    try {
                        answer = request.apply(n);
                    } catch (RuntimeException e) {
                        answer = new Answer(-1, e.toString(), null);
                    }
                    boolean ok = answer.status() >= 200 && answer.status() < 300;
                    calls.add(new Call(start, System.nanoTime(), ok, what.apply(n) + " → " + answer.status()
                            + (ok ? "" : " " + answer.body().substring(0, Math.min(200, answer.body().length())))));
                    if (n % 10 == 9) {
                        soapSubmit(n);
                    }
                }
            });
        }

        private void soapSubmit(int n) {
            long start = System.nanoTime();
            String recordId = "cluster-" + UUID.randomUUID();
            String envelope = SoapWire.envelope(SoapWire.header(UUID.randomUUID().toString()),
                    "<x:SubmitEvents>" + SoapWire.record(recordId, "2025-Q4", "Кластер: SOAP " + n, "1 октября"
                            + " 2025 г.") + "</x:SubmitEvents>");
            String outcome;
            boolean ok;
            try {
                int status = SoapWire.post(RegistryClient.as("federal"), SoapWire.PLAIN, "SubmitEvents", envelope)
                        .statusCode();
                outcome = String.valueOf(status);
                ok = status == 200;
            } catch (RuntimeException e) {
                outcome = "-1 " + e + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
                ok = false;
            }
            calls.add(new Call(start, System.nanoTime(), ok, "SOAP SubmitEvents " + recordId + " → " + outcome));
        }

        long succeeded() {
            return calls.stream().filter(Call::ok).count();
        }

        long succeededSince(long from) {
            return calls.stream().filter(c -> c.ok() && c.start() >= started + from).count();
        }

        double secondsSince(long from) {
            return (System.nanoTime() - started - from) / 1e9;
        }

        List<Call> stop() throws InterruptedException {
            stop.set(true);
            workers.shutdown();
            workers.awaitTermination(2, TimeUnit.MINUTES);
            return List.copyOf(calls);
        }
    }

    private record Call(long start, long end, boolean ok, String what) {
    }

    record Answer(int status, String body, String etag) {
    }

    private static final String DESCRIPTION = "Встреча творческих коллективов";
    private static final String PARTICIPANTS = "Коллективы г. Смоленска и г. Витебска (Республика Беларусь)";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A new draft entry of город Смоленск's plan 2026-H1, written through the given port; its id. */
    private static long newEntry(int port) {
        Answer any = call(port, "GET", "/api/events?period=2026-H1&kind=PLAN&organization=smolensk&size=1",
                "smolensk", null, null, null);
        long plan = read(any).getJsonArray("items").getJsonObject(0).getJsonNumber("submissionId").longValue();
        Answer created = call(port, "POST", "/api/events", "smolensk", "application/json", json(Json
                .createObjectBuilder().add("submissionId", plan).add("name", "Кластер: новое мероприятие")
                .add("place", "г. Смоленск").add("dates", "22-25 мая 2026 года").add("description", DESCRIPTION)
                .add("goal", "Проверка кластера").add("participants", PARTICIPANTS).build().toString()), null);
        assertEquals(201, created.status(), created.body());
        return read(created).getJsonNumber("id").longValue();
    }

    /** The coordinator submits and approves the organisation's draft plan 2026-H1: a message to the partner. */
    private static void approveTheDraftPlanOf(String organization) {
        long plan = read(call(PROXY, "GET", "/api/events?period=2026-H1&kind=PLAN&organization=" + organization
                + "&size=1", "coordinator", null, null, null)).getJsonArray("items").getJsonObject(0)
                .getJsonNumber("submissionId").longValue();
        String etag = call(PROXY, "GET", "/api/submissions/" + plan, "coordinator", null, null, null).etag();
        for (String step : List.of("submit", "approve")) {
            Answer done = call(PROXY, "POST", "/api/submissions/" + plan + "/" + step, "coordinator",
                    "application/json", json("{}"), "If-Match:" + etag);
            assertEquals(200, done.status(), step + ": " + done.body());
            etag = done.etag();
        }
    }

    /** Renames the entry: read with its ETag, then written with If-Match, both through the port. */
    private static Answer edit(int port, long id, String name) {
        Answer current = call(port, "GET", "/api/events/" + id, "smolensk", null, null, null);
        if (current.status() != 200) {
            return current;
        }
        JsonObject entry = read(current);
        String body = Json.createObjectBuilder().add("submissionId", entry.getJsonNumber("submissionId"))
                .add("name", name).add("place", "г. Смоленск").add("dates", "22-25 мая 2026 года")
                .add("description", DESCRIPTION).add("goal", "Проверка кластера").add("participants", PARTICIPANTS)
                .build().toString();
        return call(port, "PUT", "/api/events/" + id, "smolensk", "application/json", json(body),
                "If-Match:" + current.etag());
    }

    /**
     * One request to a port of this machine (a server or the proxy) as a demo account, HTTP/1.1; status -1 when
     * nothing answered. {@code extra}: a header as {@code Name:value}, or a cookie {@code name=value}.
     */
    static Answer call(int port, String method, String path, String account, String contentType, byte[] body,
            String extra) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (account != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((account + ":" + account)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (extra != null && extra.contains(":")) {
            request.header(extra.substring(0, extra.indexOf(':')), extra.substring(extra.indexOf(':') + 1));
        } else if (extra != null) {
            request.header("Cookie", extra);
        }
        try {
            HttpResponse<String> r = HTTP_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            return new Answer(-1, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString(), null);
        }
    }

    private static JsonObject read(Answer answer) {
        assertTrue(answer.status() >= 200 && answer.status() < 300, answer.status() + " " + answer.body());
        return Json.createReader(new java.io.StringReader(answer.body())).readObject();
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The cluster script with this run's settings: ports, database, demo mode, the stub partner, the SMTP server. */
    static String cluster(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        Map<String, String> env = new HashMap<>();
        env.put("REGISTRY_ZIP", ZIP.toAbsolutePath().toString());
        env.put("CLUSTER_DIR", DIR.toString());
        env.put("NODE1_HTTP_PORT", String.valueOf(HTTP[0]));
        env.put("NODE1_HTTPS_PORT", String.valueOf(HTTPS[0]));
        env.put("NODE2_HTTP_PORT", String.valueOf(HTTP[1]));
        env.put("NODE2_HTTPS_PORT", String.valueOf(HTTPS[1]));
        env.put("PROXY_PORT", String.valueOf(PROXY));
        env.put("CLUSTER_START_SECONDS", "600");
        env.put("DB_HOST", "127.0.0.1");
        env.put("DB_NAME", DB_NAME);
        env.put("DB_USER", "postgres");
        env.put("APP_MODE", "demo");
        env.put("EXCHANGE_OUTBOUND_PARTNERS", "union");
        env.put("EXCHANGE_PARTNER_UNION_URL", "http://localhost:" + PARTNER_PORT + "/partner");
        env.put("EXCHANGE_PARTNER_UNION_USER", "smolensk-registry");
        env.put("EXCHANGE_PARTNER_UNION_PASSWORD", "partner-secret");
        env.put("EXCHANGE_OUTBOUND_POLL_SECONDS", "1");
        env.put("EXCHANGE_OUTBOUND_FIRST_DELAY_SECONDS", "1");
        env.put("EXCHANGE_OUTBOUND_MAX_DELAY_SECONDS", "2");
        env.put("EXCHANGE_OUTBOUND_MAX_ATTEMPTS", "100000");
        env.put("REMINDERS_MAIL_ENABLED", "true");
        env.put("REMINDERS_MAIL_SMTP_HOST", "127.0.0.1");
        env.put("REMINDERS_MAIL_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("REMINDERS_MAIL_FROM", "registry@smolensk.example");
        env.put("REMINDERS_POLL_MINUTES", "600");
        String output = ServerCommand.run(command, null, env);
        System.out.println("cluster.sh " + String.join(" ", arguments) + ":\n" + output);
        return output;
    }

    private static long pid(int node) throws IOException {
        return Long.parseLong(Files.readString(DIR.resolve("node" + node + "/wlp/usr/servers/.pid/registry.pid"))
                .trim());
    }

    private static String messagesLog(int node) throws IOException {
        return Files.readString(DIR.resolve("node" + node + "/wlp/usr/servers/registry/logs/messages.log"));
    }

    /** The mean time of reading the data version row as each list request does, over 2,000 reads. */
    private static double dataVersionReadMicros() throws SQLException {
        try (Connection c = postgres(DB_NAME);
                var read = c.prepareStatement("select version from data_version where id = 1")) {
            long start = 0;
            for (int i = 0; i < 2_500; i++) {
                if (i == 500) {
                    start = System.nanoTime();
                }
                try (ResultSet rs = read.executeQuery()) {
                    rs.next();
                }
            }
            return (System.nanoTime() - start) / 2_000 / 1e3;
        }
    }

    /** The document with every occurrence of a year in its text replaced (a document of another period). */
    private static byte[] withYear(byte[] docx, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replace(from, to)
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = postgres(DB_NAME); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = postgres(DB_NAME); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
