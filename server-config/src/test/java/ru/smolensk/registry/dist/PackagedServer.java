package ru.smolensk.registry.dist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The server zip unpacked into a folder of its own, started and stopped with {@code wlp/bin/server} and nothing but
 * the environment it is given (the variables of the Maven run that could reach a server are left out).
 */
final class PackagedServer {

    static final String NAME = "registry";
    private static final Duration START_LIMIT = Duration.ofMinutes(8);
    /** How long a request may take unless its caller says otherwise. */
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(90);

    private final Path wlp;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private PackagedServer(Path wlp) {
        this.wlp = wlp;
    }

    static PackagedServer unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return new PackagedServer(into.resolve("wlp"));
    }

    Path serverDir() {
        return wlp.resolve("usr/servers/" + NAME);
    }

    /** One user of a basic registry in {@code configDropins/overrides/administrators.xml}, in these groups. */
    void addUser(String name, String password, String... groups) throws IOException {
        StringBuilder xml = new StringBuilder("<server>\n  <basicRegistry id=\"administrators\" realm=\"registry\">\n"
                + "    <user name=\"" + name + "\" password=\"" + password + "\"/>\n");
        for (String group : groups) {
            xml.append("    <group name=\"").append(group).append("\"><member name=\"").append(name)
                    .append("\"/></group>\n");
        }
        addOverride("administrators.xml", xml.append("  </basicRegistry>\n</server>\n").toString());
    }

    void addOverride(String fileName, String xml) throws IOException {
        Path dir = serverDir().resolve("configDropins/overrides");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(fileName), xml, StandardCharsets.UTF_8);
    }

    /** Runs {@code wlp/bin/server <action> registry} with exactly these variables beside the machine's basics. */
    String run(String action, Map<String, String> environment) throws IOException, InterruptedException {
        return ServerCommand.run(List.of("sh", wlp.resolve("bin/server").toString(), action, NAME), null,
                environment);
    }

    /** Waits until {@code /health/ready} answers UP (200), up to the start limit; the last status seen. */
    int awaitReady(int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        int status = get(port, "/health/ready", null).statusCode();
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            status = get(port, "/health/ready", null).statusCode();
        }
        return status;
    }

    /** The answer of a GET, status -1 when the port does not answer (within {@link #ANSWER_LIMIT}). */
    Answer get(int port, String path, String basicCredentials) throws InterruptedException {
        return get(port, path, basicCredentials, ANSWER_LIMIT);
    }

    /** The answer of a GET that may take at most this long (status -1 and the timeout when it takes longer). */
    Answer get(int port, String path, String basicCredentials, Duration limit) throws InterruptedException {
        return send(request(port, path, basicCredentials).timeout(limit).GET());
    }

    /**
     * The server JVM's threads as {@code jcmd Thread.print} lists them (what a request that does not answer waits
     * for), or why they could not be read.
     */
    String threadDump() throws InterruptedException {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return dump;
        } catch (IOException e) {
            return "no thread dump: " + e;
        }
    }

    /** The process id of the server's JVM, as Liberty's start wrote it. */
    long pid() throws IOException {
        return Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + NAME + ".pid")).trim());
    }

    /** The answer of a POST of this body, status -1 when the port does not answer (within {@link #ANSWER_LIMIT}). */
    Answer post(int port, String path, String basicCredentials, String contentType, byte[] body)
            throws InterruptedException {
        return post(port, path, basicCredentials, contentType, body, ANSWER_LIMIT);
    }

    /** The answer of a POST that may take at most this long (status -1 when it takes longer or is not answered). */
    Answer post(int port, String path, String basicCredentials, String contentType, byte[] body, Duration limit)
            throws InterruptedException {
        return send(request(port, path, basicCredentials).timeout(limit).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpRequest.Builder request(int port, String path, String basicCredentials) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (basicCredentials != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(basicCredentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws InterruptedException {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        }
    }

    String messagesLog() {
        try {
            Path log = serverDir().resolve("logs/messages.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the log holds the text, up to the start limit; the log as it then is. */
    String awaitLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        String log = messagesLog();
        while (!log.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            log = messagesLog();
        }
        return log;
    }

    record Answer(int statusCode, String body) {
    }
}
