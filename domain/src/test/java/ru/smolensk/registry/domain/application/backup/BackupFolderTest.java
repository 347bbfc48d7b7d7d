package ru.smolensk.registry.domain.application.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupFolderTest {

    @TempDir
    Path dir;

    @Test
    void newBackupsAreNamedByTheirUtcSecondAndNeverOverwriteOne() throws Exception {
        BackupFolder folder = new BackupFolder(dir.resolve("backups"));
        Instant at = Instant.parse("2026-12-05T14:24:58Z");
        Path first = folder.newFile(at);
        assertEquals("registry-20261205-142458.zip", first.getFileName().toString());
        Files.writeString(first, "zip");
        assertEquals("registry-20261205-142458-2.zip", folder.newFile(at).getFileName().toString());
    }

    @Test
    void onlyTheNewestAreKeptAndOtherFilesAreLeftAlone() throws Exception {
        BackupFolder folder = new BackupFolder(dir);
        for (int day = 1; day <= 4; day++) {
            Path file = dir.resolve("registry-2026120" + day + "-000000.zip");
            Files.writeString(file, "zip " + day);
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-12-0" + day + "T00:00:00Z")));
        }
        Files.writeString(dir.resolve("notes.txt"), "kept by the administrator");

        assertEquals(List.of("registry-20261202-000000.zip", "registry-20261201-000000.zip"), folder.keepNewest(2));
        assertEquals(List.of("registry-20261204-000000.zip", "registry-20261203-000000.zip"),
                folder.list().stream().map(BackupFile::name).toList());
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    @Test
    void aMissingFolderHasNoBackups() {
        assertEquals(List.of(), new BackupFolder(dir.resolve("none")).list());
    }
}
