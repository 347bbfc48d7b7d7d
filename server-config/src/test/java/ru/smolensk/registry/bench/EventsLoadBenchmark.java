package ru.smolensk.registry.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import ru.smolensk.registry.domain.model.event.EventField;
import ru.smolensk.registry.integration.office.OfficialDocument;
import ru.smolensk.registry.integration.office.OfficialRow;
import ru.smolensk.registry.integration.office.OfficialSection;
import ru.smolensk.registry.integration.office.read.OfficialDocumentReader;
import ru.smolensk.registry.integration.office.write.OfficialDocumentWriter;

/**
 * Load benchmark of {@code GET /api/events?period=…&size=50} with 20,000 events in the database,
 * beside the trivial {@code GET /api/ping} of the same server in the same run: random pages as they come (kept
 * pages are served from the page cache until anything is written) and random pages each made anew
 * ({@code Cache-Control: no-cache}: read from the database and written as JSON). Prints the throughputs, their
 * ratios to ping (target ≥ 40%) and the p99 latencies (target < 50 ms).
 *
 * <p>Start the demo server ({@code mvn -Pdemo -DskipTests package}), then in another terminal:
 * {@code mvn -q -pl .,domain,persistence,integration,web -DskipTests install -Dformatter.skip=true
 * -Dbuild.dirname=target-bench && mvn -q -pl server-config org.codehaus.mojo:exec-maven-plugin:3.5.1:java
 * -Dexec.classpathScope=test -Dexec.mainClass=ru.smolensk.registry.bench.EventsLoadBenchmark}. The client speaks
 * HTTP/1.1 over parallel connections: over HTTP/2 the JDK client multiplexes every thread on one connection,
 * which throttles the larger event pages rather than the server.
 * (optional system properties: {@code bench.url}, {@code bench.threads}, {@code bench.seconds}; {@code bench.scale}
 * and {@code bench.jdbc} for the scale data set, see {@link #scale()}).
 * The first run loads 20,000 events (20 municipalities × 1,000) into the period 2037-H1 through the import API
 * (once).
 */
public final class EventsLoadBenchmark {

    private static final String URL = System.getProperty("bench.url", "http://localhost:9080");
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int EVENTS = 20_000;
    private static final String PERIOD = "2037-H1";
    private static final int SECTIONS = 20;
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("coordinator:coordinator".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private EventsLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.scale")) {
            scale();
            return;
        }
        ensureEvents();
        int pages = EVENTS / 50;
        run("warm-up ping", () -> "/api/ping", 5, false);
        run("warm-up events", () -> "/api/events?period=" + PERIOD + "&size=50&page="
                + ThreadLocalRandom.current().nextInt(pages), 5, true);
        Result ping = run("GET /api/ping", () -> "/api/ping", SECONDS, false);
        PathSupplier randomPage = () -> "/api/events?period=" + PERIOD + "&size=50&page="
                + ThreadLocalRandom.current().nextInt(pages);
        Result events = run("GET /api/events?period=" + PERIOD + "&size=50", randomPage, SECONDS, false);
        Result fresh = run("GET /api/events, Cache-Control: no-cache", randomPage, SECONDS, true);
        System.out.printf("%nbaseline  %-48s %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms%n", "GET /api/ping",
                ping.throughput(), ping.p50(), ping.p99());
        report("GET /api/events (size=50)", events, ping);
        report("GET /api/events (size=50), every page made anew", fresh, ping);
        System.out.println("target    >= 40% of the trivial endpoint's throughput, p99 < 50 ms");
    }

    /**
     * On the scale data set ({@code -Dbench.scale=true}, a server on the database the scale generator filled, its
     * page cache off): the list filtered by a random quarter of 2016–2025, the regional level, a random regional
     * organisation and Belarus, pages of 50, with one client and with {@code bench.threads} clients, each beside
     * {@code GET /api/ping} with as many clients. Prints the data set's size ({@code bench.jdbc}: the PostgreSQL URL
     * of the set, user {@code postgres}) and p50/p99.
     */
    private static void scale() throws Exception {
        HttpResponse<String> response = HTTP.send(request("/api/reference/organizations?level=REGIONAL").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        List<String> organizations;
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            organizations = reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(o -> o.getString("code")).toList();
        }
        PathSupplier filtered = () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            return "/api/events?period=" + (2016 + random.nextInt(10)) + "-Q" + (1 + random.nextInt(4))
                    + "&level=REGIONAL&country=BY&size=50&organization="
                    + organizations.get(random.nextInt(organizations.size()));
        };
        System.out.printf("data set: %s entries, %d regional organisations%n", entries(), organizations.size());
        for (int threads : new int[]{1, THREADS}) {
            run("warm-up ping", () -> "/api/ping", 3, false, threads);
            run("warm-up events", filtered, 5, true, threads);
            Result ping = run("GET /api/ping", () -> "/api/ping", SECONDS, false, threads);
            Result events = run("GET /api/events filtered", filtered, SECONDS, true, threads);
            System.out.printf("%n%d client(s)%nbaseline  %-48s %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms%n", threads,
                    "GET /api/ping", ping.throughput(), ping.p50(), ping.p99());
            report("GET /api/events period+level+org+country, 50", events, ping);
        }
        System.out.println("target    1 client p99 < 100 ms; 8 clients >= 25% of ping, p99 < 150 ms");
    }

    /** The number of entries of the data set, from {@code bench.jdbc}, or «?» without it. */
    private static String entries() {
        String url = System.getProperty("bench.jdbc");
        if (url == null) {
            return "?";
        }
        try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "");
                var result = connection.createStatement().executeQuery("select count(*) from event_entry")) {
            result.next();
            return String.format("%,d", result.getLong(1));
        } catch (java.sql.SQLException e) {
            return "? (" + e.getMessage() + ")";
        }
    }

    private static void report(String name, Result measured, Result baseline) {
        System.out.printf("measured  %-48s %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms  %5.1f%% of ping%n", name,
                measured.throughput(), measured.p50(), measured.p99(),
                100 * measured.throughput() / baseline.throughput());
    }

    private record Result(double throughput, double p50, double p99) {
    }

    private interface PathSupplier {
        String next();
    }

    /** {@code fresh}: every request asks for a page made anew ({@code Cache-Control: no-cache}). */
    private static Result run(String name, PathSupplier paths, int seconds, boolean fresh) throws Exception {
        return run(name, paths, seconds, fresh, THREADS);
    }

    private static Result run(String name, PathSupplier paths, int seconds, boolean fresh, int threads)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < latencies.length) {
                    long start = System.nanoTime();
                    HttpRequest.Builder request = request(paths.next());
                    if (fresh) {
                        request.header("Cache-Control", "no-cache");
                    }
                    // bytes, not text: decoding every 60 KB page would load the cores the server runs on
                    HttpResponse<byte[]> r = HTTP.send(request.GET().build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException(name + ": HTTP " + r.statusCode() + " "
                                + new String(r.body(), StandardCharsets.UTF_8));
                    }
                    latencies[n++] = System.nanoTime() - start;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        return new Result(all.length / (double) seconds, percentile(all, 0.50), percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0
                ? 0
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(URL + path)).header("Authorization", AUTH)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60));
    }

    /** The names of the first {@value #SECTIONS} municipalities, as the reference data gives them. */
    private static List<String> municipalityNames() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request("/api/reference/organizations?level=MUNICIPAL").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .map(o -> o.getString("name")).limit(SECTIONS).toList();
        }
    }

    /** Loads 20,000 plan events into the benchmark period with one import, unless they are there. */
    private static void ensureEvents() throws IOException, InterruptedException {
        HttpResponse<String> count = HTTP.send(request("/api/events?period=" + PERIOD + "&size=1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (count.statusCode() == 200 && count.body().contains("\"total\":" + EVENTS)) {
            return;
        }
        OfficialDocument sample;
        try (InputStream in = EventsLoadBenchmark.class.getResourceAsStream("/fixtures/plan-municipal-2026-H1.docx")) {
            sample = new OfficialDocumentReader().read(in, "sample.docx").document();
        }
        List<OfficialRow> templates = sample.sections().stream().flatMap(s -> s.rows().stream()).toList();
        List<String> municipalities = municipalityNames();
        List<OfficialSection> sections = new ArrayList<>();
        int perSection = EVENTS / SECTIONS;
        for (String title : municipalities) {
            List<OfficialRow> rows = new ArrayList<>(perSection);
            for (int i = 0; i < perSection; i++) {
                OfficialRow t = templates.get(i % templates.size());
                Map<EventField, String> cells = new EnumMap<>(t.cells());
                cells.put(EventField.NAME, t.cell(EventField.NAME) + " (серия " + i + ")");
                cells.put(EventField.DATES, "март\n2037 года");
                rows.add(new OfficialRow(String.valueOf(i + 1), cells));
            }
            sections.add(new OfficialSection(title, rows));
        }
        OfficialDocument big = new OfficialDocument(sample.kind(), sample.level(),
                ru.smolensk.registry.domain.model.period.ReportingPeriod.parse(PERIOD), sections, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OfficialDocumentWriter().write(big, out);
        System.out.printf("Loading %d events into %s (%d KB document)…%n", EVENTS, PERIOD, out.size() / 1024);
        HttpResponse<String> response = HTTP.send(request("/api/imports")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("X-File-Name", "benchmark.docx")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(out.toByteArray())))
                .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Import failed: HTTP " + response.statusCode() + " " + response.body());
        }
    }
}
