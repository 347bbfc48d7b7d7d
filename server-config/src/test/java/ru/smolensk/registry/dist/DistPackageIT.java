package ru.smolensk.registry.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's production instructions followed literally: the dist zip unpacked into an empty folder, a PostgreSQL
 * database, the settings as environment variables only, one administrator in a {@code configDropins/overrides} file.
 * The server must put its data in that database and answer on the given ports; a production start without a database
 * kind must be loud (log and readiness), never a quiet embedded database; an HTTP port it cannot bind must be said.
 * The three starts share one unpacked server, in order, as an administrator would meet them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DistPackageIT {

    private static final Path ZIP = Path.of(System.getProperty("dist.zip", "target/registry-server.zip"));
    private static final int HTTP_PORT = Integer.getInteger("dist.http.port", 19180);
    private static final int HTTPS_PORT = Integer.getInteger("dist.https.port", 19543);
    private static final String DB_NAME = System.getProperty("dist.db.name", "registry_dist");
    private static final String ADMIN = "chief:Chief-Secret-1";

    @TempDir
    static Path folder;

    private static PackagedServer server;

    @BeforeAll
    static void unpackAndPrepare() throws Exception {
        assertTrue(Files.isRegularFile(ZIP), "the dist package is built first: " + ZIP);
        server = PackagedServer.unzip(ZIP, folder);
        server.addUser("chief", "Chief-Secret-1", "ADMIN");
        try (Connection c = postgres("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DB_NAME + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DB_NAME);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.run("stop", productionOnPostgres());
        }
    }

    @Test
    @Order(1)
    void runsOnThePostgresqlDatabaseAndPortsOfTheEnvironment() throws Exception {
        String started = server.run("start", productionOnPostgres());
        assertEquals(200, server.awaitReady(HTTP_PORT), () -> started + "\n" + server.messagesLog());

        PackagedServer.Answer accounts = server.get(HTTP_PORT, "/api/reference/accounts", ADMIN);
        assertEquals(200, accounts.statusCode(), "the administrator of configDropins/overrides signs in");
        assertEquals(401, server.get(HTTP_PORT, "/api/reference/accounts", "admin:admin").statusCode(),
                "no demo account in production");

        try (Connection c = postgres(DB_NAME);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from organization")) {
            rs.next();
            assertTrue(rs.getLong(1) > 0, "the schema and reference data are in " + DB_NAME);
        }
        assertFalse(hasFiles(server.serverDir().resolve("data")), "nothing is written under the server's data/");
        String log = server.messagesLog();
        assertTrue(log.contains("Registry: mode production; database PostgreSQL 127.0.0.1:5432/" + DB_NAME
                + " as postgres (db.kind from the environment)"), log);
        assertTrue(log.contains("HTTP port " + HTTP_PORT + ", HTTPS port " + HTTPS_PORT), log);
        assertFalse(log.toLowerCase().contains("password=") || log.contains("Chief-Secret-1"), "no password logged");
        server.run("stop", productionOnPostgres());
    }

    @Test
    @Order(2)
    void refusesAProductionStartOnTheEmbeddedDatabaseByDefault() throws Exception {
        Map<String, String> noDatabase = Map.of("HTTP_PORT", String.valueOf(HTTP_PORT), "HTTPS_PORT",
                String.valueOf(HTTPS_PORT));
        String started = server.run("start", noDatabase);
        try {
            String log = server.awaitLog("CWWKF0011I");
            log = server.awaitLog("REGISTRY NOT STARTED");
            assertTrue(log.contains("REGISTRY NOT STARTED. Production mode refuses the embedded H2 database"),
                    () -> started + "\n" + server.messagesLog());
            assertTrue(log.contains("set DB_KIND=postgresql"), log);
            for (int i = 0; i < 5; i++) {
                assertEquals(503, server.get(HTTP_PORT, "/health/ready", null).statusCode(), "readiness stays DOWN");
                Thread.sleep(1000);
            }
            assertEquals(404, server.get(HTTP_PORT, "/api/reference/organizations", ADMIN).statusCode(),
                    "the application is not there");
            assertFalse(hasFiles(server.serverDir().resolve("data")), "no embedded database file was created");
        } finally {
            server.run("stop", noDatabase);
        }
    }

    @Test
    @Order(3)
    void saysWhenItsHttpPortIsTakenByAnotherProcess() throws Exception {
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(HTTP_PORT));
            Map<String, String> env = new HashMap<>(productionOnPostgres());
            env.put("HTTP_PORT_CHECK_SECONDS", "6");
            String started = server.run("start", env);
            try {
                String log = server.awaitLog("is not served by this server");
                assertTrue(log.contains("HTTP port " + HTTP_PORT + " is not served by this server"),
                        () -> started + "\n" + log);
            } finally {
                server.run("stop", env);
            }
        }
    }

    private static Map<String, String> productionOnPostgres() {
        return Map.of("HTTP_PORT", String.valueOf(HTTP_PORT), "HTTPS_PORT", String.valueOf(HTTPS_PORT), "DB_KIND",
                "postgresql", "DB_HOST", "127.0.0.1", "DB_NAME", DB_NAME, "DB_USER", "postgres");
    }

    private static boolean hasFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(Files::isRegularFile);
        }
    }

    private static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }
}
