package ru.smolensk.registry.web.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.smolensk.registry.domain.application.backup.BackupFile;
import ru.smolensk.registry.domain.application.backup.BackupService;
import ru.smolensk.registry.domain.model.audit.AuditLog;
import ru.smolensk.registry.domain.model.audit.AuditRecord;
import ru.smolensk.registry.persistence.backup.H2OnlineBackup;
import ru.smolensk.registry.persistence.migration.DatabaseMigrator;

/**
 * The scheduled backup end to end on a real H2 file: the schedule setting ({@code backup.h2.interval-hours}, here a
 * fraction of about a second) writes backups on the scheduler, retention ({@code backup.h2.keep=2}) removes the
 * oldest and leaves other files alone, and the newest backup, restored as the README says (unpacked in place of the
 * file), opens with the same rows and migration history as the database it was taken from.
 */
class BackupScheduleTest {

    private static final int BACKUPS = 4;

    @TempDir
    Path folder;

    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void shutDown() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void theScheduleWritesBackupsKeepsTheNewestAndTheNewestRestoresTheData() throws Exception {
        DataSource live = h2(folder.resolve("data/registry"));
        DatabaseMigrator.migrate(live);
        insertAuditRows(live, 40);
        Path backups = folder.resolve("backups");
        Files.createDirectories(backups);
        Files.writeString(backups.resolve("notes.txt"), "an administrator's file");

        List<AuditRecord> audited = new CopyOnWriteArrayList<>();
        BackupSchedule schedule = schedule(live, backups, 0.0003, 2, audited);
        schedule.start(null);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (audited.size() < BACKUPS && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        schedule.stop();
        executor.shutdown();
        assertTrue(executor.awaitTermination(60, TimeUnit.SECONDS), "the last backup finished");

        assertTrue(audited.size() >= BACKUPS, "backups written on the schedule: " + audited.size());
        List<String> written = audited.stream().map(AuditRecord::entityId).toList();
        List<String> kept = schedule.settings.folder().list().stream().map(BackupFile::name).toList();
        assertEquals(List.of(written.get(written.size() - 1), written.get(written.size() - 2)), kept,
                "the newest two kept, the older removed");
        assertTrue(Files.exists(backups.resolve("notes.txt")), "other files stay");
        assertTrue(audited.stream().allMatch(r -> r.username().equals("system")), "audited as the schedule's");

        Path restored = folder.resolve("restored");
        assertEquals(List.of("registry.mv.db"), unzip(backups.resolve(kept.get(0)), restored));
        try (Connection l = live.getConnection();
                Connection r = h2(restored.resolve("registry")).getConnection()) {
            assertEquals(rows(l, "select id, entity_id from audit_record where entity_type = 'Test' order by id"),
                    rows(r, "select id, entity_id from audit_record where entity_type = 'Test' order by id"));
            String history = "select version, checksum, success from flyway_schema_history order by installed_rank";
            assertEquals(rows(l, history), rows(r, history));
            assertEquals(40, rows(r, "select id from audit_record where entity_type = 'Test'").size());
        }
    }

    @Test
    void aScheduleOfZeroHoursIsNone() {
        BackupSettings settings = new BackupSettings();
        settings.intervalHours = 0;
        assertTrue(settings.interval().isEmpty());
        settings.intervalHours = 0.25;
        assertEquals(Duration.ofMinutes(15), settings.interval().orElseThrow());
        settings.intervalHours = 24;
        assertEquals(Duration.ofDays(1), settings.interval().orElseThrow());
    }

    private BackupSchedule schedule(DataSource live, Path backups, double hours, int keep,
            List<AuditRecord> audited) throws ReflectiveOperationException {
        BackupSettings settings = new BackupSettings();
        settings.folder = backups.toString();
        settings.intervalHours = hours;
        settings.keep = keep;
        H2OnlineBackup database = new H2OnlineBackup(live);
        BackupService service = new BackupService();
        set(service, "database", database);
        set(service, "audit", recording(audited));
        BackupSchedule schedule = new BackupSchedule();
        schedule.settings = settings;
        schedule.database = database;
        schedule.backups = service;
        schedule.scheduler = managed(executor);
        return schedule;
    }

    /** Liberty's managed scheduler stands in as a plain one (the schedule uses only its standard methods). */
    private static ManagedScheduledExecutorService managed(ScheduledExecutorService plain) {
        return (ManagedScheduledExecutorService) Proxy.newProxyInstance(BackupScheduleTest.class.getClassLoader(),
                new Class<?>[]{ManagedScheduledExecutorService.class}, (proxy, method, args) -> {
                    try {
                        return ScheduledExecutorService.class.getMethod(method.getName(), method.getParameterTypes())
                                .invoke(plain, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static AuditLog recording(List<AuditRecord> audited) {
        return (AuditLog) Proxy.newProxyInstance(BackupScheduleTest.class.getClassLoader(),
                new Class<?>[]{AuditLog.class}, (proxy, method, args) -> {
                    if (method.getName().equals("append")) {
                        audited.add((AuditRecord) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private static void insertAuditRows(DataSource ds, int count) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < count; i++) {
                s.executeUpdate("insert into audit_record (id, occurred_at, username, action, entity_type, entity_id)"
                        + " values (" + (2_000_000 + i) + ", current_timestamp, 'admin', 'CREATE', 'Test', '" + i
                        + "')");
            }
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The database kept open between connections, as the server's data source keeps it (db/h2.xml). */
    private static DataSource h2(Path file) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    /** The README's restore: the zip's entry unpacked into the data folder. */
    private static List<String> unzip(Path zip, Path into) throws IOException {
        List<String> names = new ArrayList<>();
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                Files.copy(in, into.resolve(e.getName()));
            }
        }
        return names;
    }
}
