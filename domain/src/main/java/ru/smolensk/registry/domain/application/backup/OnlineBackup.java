package ru.smolensk.registry.domain.application.backup;

import java.nio.file.Path;

/** The database's own consistent copy of itself, written while the server keeps working. */
public interface OnlineBackup {

    /** Whether the server can back this database up (the embedded one); others are backed up by their own tools. */
    boolean supported();

    /** Writes a consistent copy of the whole database into this new zip file. */
    void writeTo(Path zip);
}
