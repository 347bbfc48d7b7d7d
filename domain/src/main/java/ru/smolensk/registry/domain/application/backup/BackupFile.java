package ru.smolensk.registry.domain.application.backup;

import java.time.Instant;

/** One backup: its file name in the backup folder, its size and when it was written. */
public record BackupFile(String name, long bytes, Instant writtenAt) {
}
