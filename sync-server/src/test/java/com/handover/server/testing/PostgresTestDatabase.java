package com.handover.server.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.handover.server.config.ServerConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A throwaway schema on the PostgreSQL named by HANDOVER_TEST_PG_URL (user and password in
 * HANDOVER_TEST_PG_USER / HANDOVER_TEST_PG_PASSWORD). Without the variable the test is skipped, except
 * under CI=true, where it fails: CI must run the PostgreSQL tests (start one with src/test/pg/start-pg.sh).
 */
public final class PostgresTestDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "HANDOVER_TEST_PG_URL";

    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private PostgresTestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** A fresh schema, or the test is skipped (failed under CI) when no PostgreSQL is configured. */
    public static PostgresTestDatabase create() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            String ci = System.getProperty("CI", System.getenv("CI"));
            if ("true".equalsIgnoreCase(ci)) {
                fail(URL_VARIABLE + " is not set but CI=true: the PostgreSQL tests must run in CI. "
                        + "Start a database with sync-server/src/test/pg/start-pg.sh and export its variables.");
            }
            assumeTrue(false, URL_VARIABLE + " is not set: PostgreSQL tests skipped "
                    + "(start one with sync-server/src/test/pg/start-pg.sh)");
        }
        String user = System.getenv().getOrDefault("HANDOVER_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("HANDOVER_TEST_PG_PASSWORD", "");
        return new PostgresTestDatabase(url, user, password);
    }

    public ServerConfig.PostgresSettings settings() {
        return new ServerConfig.PostgresSettings(url, user, password, schema, 8);
    }

    public String schema() {
        return schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
