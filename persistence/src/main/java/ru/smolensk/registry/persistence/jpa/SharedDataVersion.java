package ru.smolensk.registry.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import ru.smolensk.registry.domain.application.event.DataVersion;

/**
 * The data version every server over the database shares: the {@code data_version} row that {@link EntityWrites}
 * raises in each writing transaction, so a write on one server changes the version all servers read. One primary-key
 * read per call (its cost: docs/operations.md).
 */
@ApplicationScoped
public class SharedDataVersion implements DataVersion {

    @Resource(lookup = "jdbc/registry")
    DataSource dataSource;

    @Override
    public long current() {
        try (Connection connection = dataSource.getConnection()) {
            return DataVersionRow.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The data version cannot be read", e);
        }
    }
}
