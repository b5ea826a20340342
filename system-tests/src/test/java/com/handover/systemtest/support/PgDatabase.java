package com.handover.systemtest.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.handover.server.config.ServerConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL named by HANDOVER_TEST_PG_URL (user and password in
 * HANDOVER_TEST_PG_USER / HANDOVER_TEST_PG_PASSWORD), created for one test class and dropped after it. Without the
 * variable the test is skipped, except under CI=true, where it fails: CI must run the PostgreSQL scenarios.
 */
public final class PgDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "HANDOVER_TEST_PG_URL";

    private final String adminUrl;
    private final String user;
    private final String password;
    private final String name;

    private PgDatabase(String adminUrl, String user, String password, String name) {
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.name = name;
    }

    public static PgDatabase create(String purpose) throws SQLException {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(URL_VARIABLE + " is not set but CI=true: the PostgreSQL scenarios must run in CI. Source "
                        + "scripts/pg-test-cluster.sh and call pg_test_cluster_start first.");
            }
            assumeTrue(false, URL_VARIABLE + " is not set: PostgreSQL scenarios skipped (source "
                    + "scripts/pg-test-cluster.sh and call pg_test_cluster_start)");
        }
        String user = System.getenv().getOrDefault("HANDOVER_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("HANDOVER_TEST_PG_PASSWORD", "");
        String name = ("systest_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return new PgDatabase(url, user, password, name);
    }

    /** The settings a server node uses to reach this database (its default schema). */
    public ServerConfig.PostgresSettings settings(int poolSize) {
        int slash = adminUrl.lastIndexOf('/');
        int query = adminUrl.indexOf('?', slash);
        String url = adminUrl.substring(0, slash + 1) + name + (query < 0 ? "" : adminUrl.substring(query));
        return new ServerConfig.PostgresSettings(url, user, password, null, poolSize);
    }

    public String name() {
        return name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
