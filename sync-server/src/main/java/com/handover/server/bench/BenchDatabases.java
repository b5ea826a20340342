package com.handover.server.bench;

import com.handover.server.config.ServerConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

/** A throwaway schema on a PostgreSQL the benchmark was given, dropped afterwards. */
final class BenchDatabases {

    @FunctionalInterface
    interface Work<T> {
        T run(ServerConfig.PostgresSettings settings) throws Exception;
    }

    private BenchDatabases() {
    }

    /** User and password come from HANDOVER_TEST_PG_USER / HANDOVER_TEST_PG_PASSWORD (as scripts/pg-test-cluster.sh sets them). */
    static <T> T onPostgres(String url, Work<T> work) throws Exception {
        String user = System.getenv().getOrDefault("HANDOVER_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("HANDOVER_TEST_PG_PASSWORD", "");
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            return work.run(new ServerConfig.PostgresSettings(url, user, password, schema, 8));
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
