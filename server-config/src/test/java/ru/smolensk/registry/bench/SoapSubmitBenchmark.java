package ru.smolensk.registry.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import ru.smolensk.registry.integration.exchange.signature.EnvelopeSigner;
import ru.smolensk.registry.integration.exchange.signature.SignatureAlgorithms;
import ru.smolensk.registry.integration.exchange.signature.SigningKey;
import ru.smolensk.registry.integration.exchange.signature.WsSecurity;

/**
 * Throughput of the SOAP {@code SubmitEvents} with 100 records per message beside the no-op {@code Ping} of the
 * same endpoint in the same run, in two cases: a partner's periodic full resend (every record known and unchanged:
 * checked, compared and journaled, nothing rewritten) and a message where every record changed (each client thread
 * changes the 100 records of its own organisation with every message: each record is normalized, rewritten and
 * audited with its state before and after). Prints the rates and the ratios (target: at least 25% of the no-op
 * rate), and the server's CPU time per message of each case, read from its metrics before and after each case: the
 * load generator runs on the same machine and takes a good part of it while it sends thousands of {@code Ping}s a
 * second, so the ratio of CPU times tells what the server alone would reach.
 *
 * <p>Start the demo server ({@code mvn -Pdemo -DskipTests package}), then in another terminal (after the
 * install described in {@link EventsLoadBenchmark}): {@code mvn -q -pl server-config
 * org.codehaus.mojo:exec-maven-plugin:3.5.1:java -Dexec.classpathScope=test
 * -Dexec.mainClass=ru.smolensk.registry.bench.SoapSubmitBenchmark} (optional {@code bench.url},
 * {@code bench.threads}, {@code bench.warmup}, {@code bench.rounds}, {@code bench.seconds} per case and round,
 * {@code bench.metrics} and {@code bench.admin} for the server's metrics).
 */
public final class SoapSubmitBenchmark {

    private static final String URL = System.getProperty("bench.url", "http://localhost:9080") + "/soap/EventExchange";
    private static final int THREADS = Integer.getInteger("bench.threads", 4);
    /** Seconds of each case in each round. */
    private static final int SECONDS = Integer.getInteger("bench.seconds", 5);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 10);
    private static final int RECORDS = 100;
    private static final String NS = "urn:smolensk:registry:exchange:1.0";
    private static final String AUTH = "Basic "
            + Base64.getEncoder().encodeToString("federal:federal".getBytes(StandardCharsets.UTF_8));
    /** The demo partner's key (made by the demo server at first start): every message is signed with it. */
    private static final EnvelopeSigner SIGNER = signer();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private SoapSubmitBenchmark() {
    }

    private static EnvelopeSigner signer() {
        SignatureAlgorithms.initialize(null);
        java.nio.file.Path keys = java.nio.file.Path.of(System.getProperty("bench.keystore",
                "server-config/target/demo/wlp/usr/servers/registry/resources/security/exchange-demo-federal.p12"));
        return new EnvelopeSigner(SigningKey.load(keys, "PKCS12", null, "demo-only".toCharArray(), null,
                "demo-only".toCharArray()), Duration.ofMinutes(5));
    }

    private static byte[] signed(String envelope) {
        org.w3c.dom.Document document = WsSecurity.parse(envelope.getBytes(StandardCharsets.UTF_8));
        SIGNER.sign(document, java.time.Instant.now());
        return WsSecurity.serialize(document);
    }

    /**
     * Warms every case up, then measures them in rounds (Ping, resent, changed, again and again), so that each
     * ratio compares rates measured a few seconds apart on an equally warm server; prints each round and the median
     * ratio.
     */
    public static void main(String[] args) throws Exception {
        LongFunction<String> ping = n -> call("Ping", "<x:Ping/>");
        LongFunction<String> resent = n -> submit(n, false);
        LongFunction<String> changed = n -> submit(n, true);
        for (LongFunction<String> messages : List.of(ping, resent, changed)) {
            run(messages, WARM_UP_SECONDS);
        }
        List<Double> resentRatios = new ArrayList<>();
        List<Double> changedRatios = new ArrayList<>();
        List<Double> resentCpuRatios = new ArrayList<>();
        List<Double> changedCpuRatios = new ArrayList<>();
        System.out.printf("%nround   Ping msg/s   resent msg/s (%% of Ping)   changed msg/s (%% of Ping)"
                + "   server CPU ms/msg: Ping  resent  changed%n");
        for (int round = 1; round <= ROUNDS; round++) {
            Measured pinged = run(ping, SECONDS);
            Measured resend = run(resent, SECONDS);
            Measured change = run(changed, SECONDS);
            double resentRatio = 100 * resend.rate() / pinged.rate();
            double changedRatio = 100 * change.rate() / pinged.rate();
            resentRatios.add(resentRatio);
            changedRatios.add(changedRatio);
            resentCpuRatios.add(100 * pinged.cpuPerMessage() / resend.cpuPerMessage());
            changedCpuRatios.add(100 * pinged.cpuPerMessage() / change.cpuPerMessage());
            System.out.printf("%5d %12.1f %14.1f (%5.1f%%) %15.1f (%5.1f%%) %22.2f %7.2f %8.2f%n", round,
                    pinged.rate(), resend.rate(), resentRatio, change.rate(), changedRatio, pinged.cpuPerMessage(),
                    resend.cpuPerMessage(), change.cpuPerMessage());
        }
        System.out.printf("%nbaseline  Ping (no-op), %d clients, %d rounds of %d s%n", THREADS, ROUNDS, SECONDS);
        System.out.printf("measured  SubmitEvents, %d records resent unchanged  median %5.1f%% of the no-op rate"
                + " (rounds: %s)%n", RECORDS, median(resentRatios), range(resentRatios));
        System.out.printf("measured  SubmitEvents, %d records all changed       median %5.1f%% of the no-op rate"
                + " (rounds: %s)%n", RECORDS, median(changedRatios), range(changedRatios));
        System.out.println("target    >= 25% of the no-op rate");
        System.out.printf("server CPU per message, Ping's as %% of SubmitEvents' (the rate the server alone would"
                + " reach, without the load generator beside it): resent %.1f%% (rounds: %s), changed %.1f%%"
                + " (rounds: %s)%n", median(resentCpuRatios), range(resentCpuRatios), median(changedCpuRatios),
                range(changedCpuRatios));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String range(List<Double> values) {
        return String.format("%.1f–%.1f%%", values.stream().min(Double::compare).orElse(0.0),
                values.stream().max(Double::compare).orElse(0.0));
    }

    /** Each client thread sends the records of its own organisation, as separate partners would. */
    private static final List<String> ORGANIZATIONS = List.of("smolensk", "velizhsky", "vyazemsky", "gagarinsky",
            "glinkovsky", "demidovsky", "dorogobuzhsky", "dukhovshchinsky");
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    /** Consecutive threads get different organisations, so no two concurrent messages touch the same records. */
    private static final ThreadLocal<String> ORGANIZATION = ThreadLocal.withInitial(
            () -> ORGANIZATIONS.get(THREAD_NUMBER.getAndIncrement() % ORGANIZATIONS.size()));

    /** A message of the thread's organisation; {@code changed}: every record with a new name, else as before. */
    private static String submit(long n, boolean changed) {
        String organization = ORGANIZATION.get();
        StringBuilder records = new StringBuilder("<x:SubmitEvents>");
        for (int i = 0; i < RECORDS; i++) {
            records.append("<x:Record><x:RecordId>").append(changed ? "bench-" : "steady-").append(organization)
                    .append('-').append(i).append("</x:RecordId><x:Kind>REPORT</x:Kind>")
                    .append("<x:Level>MUNICIPAL</x:Level><x:Period>2038-Q1</x:Period>")
                    .append("<x:OrganizationCode>").append(organization)
                    .append("</x:OrganizationCode><x:Columns><x:Name>Встреча № ")
                    .append(i).append(", выпуск ").append(changed ? n : 0)
                    .append("</x:Name><x:Place>г. Смоленск</x:Place>")
                    .append("<x:Dates>15 января 2038 г.</x:Dates><x:Participants>20 человек</x:Participants>")
                    .append("</x:Columns></x:Record>");
        }
        return call("SubmitEvents", records.append("</x:SubmitEvents>").toString());
    }

    private static String call(String operation, String body) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:x=\"" + NS + "\"><s:Header>"
                + "<x:ExchangeHeader><x:MessageId>" + UUID.randomUUID() + "</x:MessageId><x:Sender>federal</x:Sender>"
                + "<x:Recipient>smolensk-registry</x:Recipient><x:Timestamp>2038-01-15T10:00:00+03:00</x:Timestamp>"
                + "</x:ExchangeHeader></s:Header><s:Body>" + body + "</s:Body></s:Envelope>|" + operation;
    }

    /** A case's messages per second and the server's CPU time per message, in milliseconds. */
    private record Measured(double rate, double cpuPerMessage) {
    }

    private static Measured run(LongFunction<String> messages, int seconds) throws Exception {
        double cpuBefore = serverCpuSeconds();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sequence = new AtomicLong();
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String message = messages.apply(sequence.incrementAndGet());
                    int split = message.lastIndexOf('|');
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(URL))
                            .header("Authorization", AUTH).header("Content-Type", "text/xml; charset=utf-8")
                            .header("SOAPAction", "\"" + NS + ":" + message.substring(split + 1) + "\"")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(signed(message.substring(0, split))))
                            .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("HTTP " + response.statusCode() + " "
                                + response.body());
                    }
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double cpu = serverCpuSeconds() - cpuBefore;
        return new Measured(done.get() / (double) seconds, 1000 * cpu / done.get());
    }

    /**
     * The CPU time the server's process has used, from its metrics ({@code cpu.processCpuTime}, readable by an
     * administrator: {@code bench.admin}, {@code admin:admin} on the demo server, over the demo's self-signed HTTPS).
     */
    private static double serverCpuSeconds() throws Exception {
        HttpResponse<String> response = METRICS.send(HttpRequest.newBuilder(URI.create(METRICS_URL))
                .header("Authorization", ADMIN).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String line : response.body().split("\n")) {
            if (line.startsWith("cpu_processCpuTime_seconds")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new IllegalStateException("No process CPU time in the metrics: HTTP " + response.statusCode() + " "
                + response.body());
    }

    private static final String METRICS_URL = System.getProperty("bench.metrics",
            "https://localhost:9443/metrics?scope=base&name=cpu.processCpuTime");
    private static final String ADMIN = "Basic " + Base64.getEncoder()
            .encodeToString(System.getProperty("bench.admin", "admin:admin").getBytes(StandardCharsets.UTF_8));
    /** Trusts any certificate: the benchmark reads metrics of a local test server with a self-signed one. */
    private static final HttpClient METRICS = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).build();

    private static SSLContext trustingAnyCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // not used by a client
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the local test server's self-signed certificate
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
