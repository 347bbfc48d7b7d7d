package ru.smolensk.registry.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL instance of the test's own (Debian's binaries, {@code initdb} into a folder, trust on 127.0.0.1 only,
 * one port), so that a test may stop and start it without touching the machine's shared service. Run as the
 * {@code postgres} account when the test runs as root (PostgreSQL refuses to run as root).
 */
final class OwnPostgres {

    private final Path data;
    private final int port;
    private final Path bin;

    private OwnPostgres(Path data, int port, Path bin) {
        this.data = data;
        this.port = port;
        this.bin = bin;
    }

    /** A new, empty cluster in this folder (removed first), not started. */
    static OwnPostgres create(Path folder, int port) throws IOException, InterruptedException {
        Path bin = newestBinaries();
        if (Files.exists(folder)) {
            run(List.of("rm", "-rf", folder.toString()));
        }
        Files.createDirectories(folder);
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", folder.toString()));
        }
        OwnPostgres postgres = new OwnPostgres(folder, port, bin);
        postgres.pg(bin.resolve("initdb").toString(), "-D", folder.toString(), "-A", "trust", "-U", "postgres",
                "-E", "UTF8", "--locale=C.UTF-8");
        return postgres;
    }

    int port() {
        return port;
    }

    void start() throws IOException, InterruptedException {
        pg(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-l",
                data.resolve("server.log").toString(), "-o", "-p " + port + " -c listen_addresses=127.0.0.1"
                        + " -c unix_socket_directories=" + data,
                "start");
    }

    /** Stops the way a restart does: sessions are ended, the port is closed. */
    void stop() throws IOException, InterruptedException {
        pg(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60", "-m", "fast", "stop");
    }

    /** Stops it if it runs (the end of the test, whatever happened). */
    void stopQuietly() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop();
            }
        } catch (IOException | InterruptedException | IllegalStateException e) {
            System.err.println("own PostgreSQL not stopped: " + e);
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private void pg(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (isRoot()) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(line);
    }

    /** Runs a command from /tmp (a folder the postgres account may enter); fails with its output. */
    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).directory(Path.of("/tmp").toFile()).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Path newestBinaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL binaries under /usr/lib/postgresql"));
        }
    }
}
