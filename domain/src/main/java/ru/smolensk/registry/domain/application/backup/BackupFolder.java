package ru.smolensk.registry.domain.application.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder the backups are written to: {@code registry-<yyyyMMdd-HHmmss>.zip} (UTC), so that names sort by time.
 * Only files of that form are listed or removed; anything else an administrator keeps there stays.
 */
public record BackupFolder(Path path) {

    static final String PREFIX = "registry-";
    static final String SUFFIX = ".zip";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** The path of a new backup taken at this moment (with a counter when one of that second exists). */
    Path newFile(Instant at) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("backup folder " + path + " cannot be created", e);
        }
        String stamp = PREFIX + STAMP.format(at);
        Path file = path.resolve(stamp + SUFFIX);
        for (int i = 2; Files.exists(file); i++) {
            file = path.resolve(stamp + "-" + i + SUFFIX);
        }
        return file;
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(path)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(BackupFolder::isBackup).map(BackupFolder::describe)
                    .sorted(Comparator.comparing(BackupFile::writtenAt).thenComparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the oldest backups beyond the newest {@code keep}; the names removed. */
    List<String> keepNewest(int keep) {
        List<BackupFile> all = list();
        List<String> removed = all.subList(Math.min(keep, all.size()), all.size()).stream().map(BackupFile::name)
                .toList();
        for (String name : removed) {
            try {
                Files.deleteIfExists(path.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return removed;
    }

    static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.startsWith(PREFIX) && name.endsWith(SUFFIX);
    }
}
