package ru.smolensk.registry.persistence.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The one row of table {@code data_version} (migration V33): read by every list request, raised by every write. */
final class DataVersionRow {

    private static final String READ = "select version from data_version where id = 1";
    private static final String RAISE = "update data_version set version = version + 1 where id = 1";

    private DataVersionRow() {
    }

    static long read(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ); ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("table data_version has no row: the database is not migrated to V33");
            }
            return row.getLong(1);
        }
    }

    static void raise(Connection connection) throws SQLException {
        try (PreparedStatement raise = connection.prepareStatement(RAISE)) {
            raise.executeUpdate();
        }
    }
}
