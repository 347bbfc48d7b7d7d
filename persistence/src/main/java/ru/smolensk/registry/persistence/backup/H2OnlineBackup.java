package ru.smolensk.registry.persistence.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import ru.smolensk.registry.domain.application.backup.OnlineBackup;

/**
 * H2's {@code BACKUP TO}: a zip of the database file, transactionally consistent (MVCC) while the server keeps
 * reading and writing; restored by unpacking it in place of the stopped server's file. PostgreSQL is not backed up
 * by the server ({@code pg_dump}).
 */
@ApplicationScoped
public class H2OnlineBackup implements OnlineBackup {

    @Resource(lookup = "jdbc/registry")
    DataSource dataSource;

    protected H2OnlineBackup() {
    }

    /** For tests: the backup of the database behind this data source. */
    public H2OnlineBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean supported() {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("the database does not answer", e);
        }
    }

    @Override
    public void writeTo(Path zip) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("backup to " + zip + " failed", e);
        }
    }
}
