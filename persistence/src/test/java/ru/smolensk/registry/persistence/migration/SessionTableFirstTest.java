package ru.smolensk.registry.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Liberty's session store creates its table before the application migrates: a database holding only that table is
 * migrated from V1 like an empty one.
 */
class SessionTableFirstTest {

    @Test
    void aDatabaseWithOnlyTheSessionTableGetsEveryMigration() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table http_session (id varchar(128), propid varchar(128), appname varchar(128))");
        }
        String version = DatabaseMigrator.migrate(ds);
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from organization")) {
            rs.next();
            assertEquals(true, rs.getLong(1) > 0, "V2's organisations are there");
        }
        assertEquals(true, Integer.parseInt(version) >= 33, version);
    }
}
