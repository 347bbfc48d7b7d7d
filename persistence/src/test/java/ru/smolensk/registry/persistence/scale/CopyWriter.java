package ru.smolensk.registry.persistence.scale;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN} in its text format, kept in a temporary file until
 * {@link #load} sends them: one connection can copy into one table at a time, and the tables are filled in the
 * order of their foreign keys while the rows are made entry by entry.
 */
final class CopyWriter implements AutoCloseable {

    private final String copy;
    private final Path file;
    private final OutputStream out;
    private final StringBuilder buffer = new StringBuilder(1 << 21);
    private boolean first = true;
    private long rows;

    CopyWriter(String table, String columns) {
        this.copy = "COPY " + table + " (" + columns + ") FROM STDIN";
        try {
            this.file = Files.createTempFile("scale-" + table, ".copy");
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one value of the current row (null as SQL NULL). */
    CopyWriter value(Object value) {
        if (!first) {
            buffer.append('\t');
        }
        first = false;
        if (value == null) {
            buffer.append("\\N");
            return this;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
        return this;
    }

    /** Ends the current row. */
    void endRow() {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() > 1 << 20) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() {
        try {
            out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffer.setLength(0);
    }

    /** Sends the rows to the database and deletes the file. */
    void load(CopyManager copies) throws SQLException {
        close();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            copies.copyIn(copy, in, 1 << 16);
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (buffer.length() > 0) {
            flush();
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
