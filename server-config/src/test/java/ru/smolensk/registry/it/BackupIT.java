package ru.smolensk.registry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.smolensk.registry.it.Api.Answer;

/**
 * The online backup of the embedded database as an administrator takes it ({@code POST /api/system/backup}) and
 * restores it: the zip, unpacked as the restore procedure says, opens as a database that holds what was written
 * before the backup and not what came after, at the server's schema version. Only administrators back up, each
 * backup is audited; on PostgreSQL the answer points to {@code pg_dump}.
 */
class BackupIT {

    private static final boolean POSTGRESQL = "postgresql".equals(System.getProperty("it.db.kind"));
    private static final Path SERVER = Path.of(System.getProperty("it.wlp.dir", "target/liberty/wlp"))
            .resolve("usr/servers/registry");

    @BeforeAll
    static void serverIsUp() throws InterruptedException {
        Api.awaitTheApplication();
    }

    @Test
    void onlyAnAdministratorBacksUpOrSeesTheBackups() {
        for (String account : List.of("coordinator", "smolensk")) {
            Api.post(account, "/api/system/backup", null, null).problem(403, "http-403");
            assertEquals(403, Api.get(account, "/api/system/backup").status());
        }
    }

    @Test
    void theRestoredBackupHoldsWhatWasWrittenBeforeItAndNothingAfter() throws Exception {
        assumeFalse(POSTGRESQL, "the server backs up the embedded database only");
        long draft = Api.createDraft("smolensk", "smolensk", "2043-Q3", "REPORT").getJsonNumber("id").longValue();
        String before = "Фестиваль до копии " + UUID.randomUUID();
        long kept = Api.addEntry("smolensk", draft, before, "август 2043 года");

        Answer backup = Api.post("admin", "/api/system/backup", null, null);
        assertEquals(201, backup.status(), backup.body());
        String name = backup.json().getString("name");
        assertTrue(name.matches("registry-\\d{8}-\\d{6}(-\\d+)?\\.zip"), name);
        long after = Api.addEntry("smolensk", draft, "Фестиваль после копии " + UUID.randomUUID(), "август 2043 года");

        Path zip = SERVER.resolve("backups").resolve(name);
        assertEquals(backup.json().getJsonNumber("bytes").longValue(), Files.size(zip));
        Path restored = Path.of("target/restored-backups", name);
        String database = unzip(zip, restored);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + restored.resolve(database).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;IFEXISTS=TRUE", "sa", "")) {
            assertEquals(List.of(before), names(c, kept));
            assertEquals(List.of(), names(c, after));
            assertEquals(serverSchemaVersion(), schemaVersion(c));
        }

        List<String> listed = listedNames();
        assertTrue(listed.contains(name), listed.toString());
        JsonObject audit = Api.get("admin", "/api/audit?entity=DatabaseBackup&entityId=" + name).json();
        JsonObject record = audit.getJsonArray("items").getJsonObject(0);
        assertEquals("admin", record.getString("user"));
        assertEquals("CREATE", record.getString("action"));
    }

    @Test
    void onPostgresqlTheAnswerPointsToPgDump() {
        assumeTrue(POSTGRESQL, "PostgreSQL only");
        JsonObject problem = Api.post("admin", "/api/system/backup", null, null).problem(501,
                "backup-with-database-tools");
        assertTrue(problem.getString("detail").contains("pg_dump"), problem.toString());
    }

    private static List<String> listedNames() {
        var answer = RegistryClient.as("admin").get("/api/system/backup");
        assertEquals(200, answer.statusCode(), answer.body());
        return RegistryClient.json(answer).asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("name")).toList();
    }

    /** Unpacks the backup as the restore procedure does; the database's name (its file without .mv.db). */
    private static String unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        String database = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.copy(in, into.resolve(e.getName()));
                if (e.getName().endsWith(".mv.db")) {
                    database = e.getName().substring(0, e.getName().length() - ".mv.db".length());
                }
            }
        }
        assertTrue(database != null, "no database file in " + zip);
        return database;
    }

    private static List<String> names(Connection c, long entryId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select name_raw from event_entry where id = ?")) {
            s.setLong(1, entryId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (var s = c.createStatement();
                ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\""
                        + " order by \"installed_rank\" desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String serverSchemaVersion() {
        JsonObject health = Api.get("admin", "/api/system/health").json();
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow().getJsonObject("data")
                .getString("schemaVersion");
    }
}
