package com.handover.server.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How one server node runs.
 *
 * @param host       address to listen on
 * @param port       0 picks a free port
 * @param dataDir    where the embedded database and the photo folder live
 * @param postgres   the shared PostgreSQL database; null for the embedded SQLite database
 * @param nodeId     this node's name in server clock timestamps (several nodes share one database)
 * @param demo       load the demo project and accounts on start
 * @param limits     every size, count and rate the server enforces
 * @param clocks     how the warranty and repair clocks run, and the repair deadlines in force
 * @param office     how the office console runs
 */
public record ServerConfig(String host, int port, Path dataDir, PostgresSettings postgres, String nodeId,
                           boolean demo, Limits limits, ClockSettings clocks, OfficeSettings office) {

    /** A node with the default clock and console settings. */
    public ServerConfig(String host, int port, Path dataDir, PostgresSettings postgres, String nodeId, boolean demo,
                        Limits limits) {
        this(host, port, dataDir, postgres, nodeId, demo, limits, ClockSettings.defaults(),
                OfficeSettings.defaults());
    }

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(nodeId, "nodeId");
        if (!nodeId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("nodeId must be 1-64 letters, digits, '-' or '_'");
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(clocks, "clocks");
        Objects.requireNonNull(office, "office");
    }

    public static ServerConfig embedded(Path dataDir) {
        return new ServerConfig("0.0.0.0", 8080, dataDir, null, "server", false, Limits.defaults());
    }

    public boolean usesPostgres() {
        return postgres != null;
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, dataDir, postgres, nodeId, demo, limits, clocks, office);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, dataDir, postgres, nodeId, demo, limits, clocks, office);
    }

    public ServerConfig withPostgres(PostgresSettings pg) {
        return new ServerConfig(host, port, dataDir, pg, nodeId, demo, limits, clocks, office);
    }

    public ServerConfig withNodeId(String id) {
        return new ServerConfig(host, port, dataDir, postgres, id, demo, limits, clocks, office);
    }

    public ServerConfig withDemo(boolean d) {
        return new ServerConfig(host, port, dataDir, postgres, nodeId, d, limits, clocks, office);
    }

    public ServerConfig withLimits(Limits l) {
        return new ServerConfig(host, port, dataDir, postgres, nodeId, demo, l, clocks, office);
    }

    public ServerConfig withClocks(ClockSettings c) {
        return new ServerConfig(host, port, dataDir, postgres, nodeId, demo, limits, c, office);
    }

    public ServerConfig withOffice(OfficeSettings o) {
        return new ServerConfig(host, port, dataDir, postgres, nodeId, demo, limits, clocks, o);
    }

    /** PostgreSQL connection settings; {@code schema} null means the user's default schema. */
    public record PostgresSettings(String jdbcUrl, String user, String password, String schema, int poolSize) {
        public PostgresSettings {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("the database URL must start with jdbc:postgresql:");
            }
            if (schema != null && !schema.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema must be a lower-case SQL identifier");
            }
            if (poolSize < 1 || poolSize > 200) {
                throw new IllegalArgumentException("poolSize must be 1..200");
            }
        }

        @Override
        public String toString() {
            return "PostgresSettings[" + jdbcUrl + ", user=" + user + ", schema=" + schema + "]";
        }
    }
}
