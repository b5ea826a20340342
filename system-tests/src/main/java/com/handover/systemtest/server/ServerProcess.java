package com.handover.systemtest.server;

import com.handover.server.config.ServerConfig;
import com.handover.systemtest.process.JavaProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One sync server node as its own JVM ({@code com.handover.server.ServerMain}) on 127.0.0.1, on a data folder
 * (SQLite) or a shared PostgreSQL schema. It keeps its port across {@link #kill()} and {@link #start()}, so a
 * proxy in front of it needs no new address after a restart.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String MAIN = "com.handover.server.ServerMain";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final String nodeId;
    private final Path dataDir;
    private final ServerConfig.PostgresSettings postgres;
    private final Path logDir;
    private final String maxHeap;
    private final int port;
    private final List<String> extraArgs;
    private JavaProcess process;
    private int starts;

    public ServerProcess(String nodeId, Path dataDir, ServerConfig.PostgresSettings postgres, Path logDir,
                         String maxHeap, List<String> extraArgs) {
        this.nodeId = nodeId;
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.logDir = logDir;
        this.maxHeap = maxHeap;
        this.extraArgs = List.copyOf(extraArgs);
        this.port = freePort();
    }

    /** An embedded (SQLite) node on {@code dataDir}. */
    public static ServerProcess sqlite(String nodeId, Path dataDir, Path logDir) {
        return new ServerProcess(nodeId, dataDir, null, logDir, "512m", List.of());
    }

    /** A node on a PostgreSQL schema (photos are kept in the database too). */
    public static ServerProcess postgres(String nodeId, Path dataDir, ServerConfig.PostgresSettings pg, Path logDir) {
        return new ServerProcess(nodeId, dataDir, pg, logDir, "512m", List.of());
    }

    public static int freePort() {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the JVM and waits until /health answers UP. */
    public ServerProcess start() {
        if (process != null && process.alive()) {
            throw new IllegalStateException(nodeId + " is already running");
        }
        List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(port),
                "--data-dir", dataDir.toString(), "--node-id", nodeId));
        Map<String, String> env = new HashMap<>();
        if (postgres != null) {
            args.addAll(List.of("--db-url", postgres.jdbcUrl(), "--db-user", postgres.user(),
                    "--db-pool-size", Integer.toString(postgres.poolSize())));
            if (postgres.schema() != null) {
                args.addAll(List.of("--db-schema", postgres.schema()));
            }
            // The password goes by environment, not on the command line where `ps` would show it.
            env.put("HANDOVER_DB_PASSWORD", postgres.password() == null ? "" : postgres.password());
        }
        args.addAll(extraArgs);
        starts++;
        process = JavaProcess.start("server-" + nodeId, MAIN,
                List.of("-Xmx" + maxHeap, "-XX:+UseSerialGC", "-Djava.awt.headless=true"), args, env, logDir);
        awaitHealthy();
        return this;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.alive()) {
                throw new IllegalStateException("server " + nodeId + " exited while starting; see "
                        + process.stderrFile() + ": " + tail(process.stderrFile()));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(100);
        }
        throw new IllegalStateException("server " + nodeId + " did not become healthy within " + START_TIMEOUT);
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, open transactions are lost mid-way. */
    public void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** SIGTERM: a graceful stop. */
    public void stop() {
        if (process != null) {
            process.stop();
        }
    }

    public boolean alive() {
        return process != null && process.alive();
    }

    public int port() {
        return port;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String nodeId() {
        return nodeId;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The SQLite database file of an embedded node. */
    public Path databaseFile() {
        return dataDir.resolve("handover.db");
    }

    public ServerConfig.PostgresSettings postgres() {
        return postgres;
    }

    /** How often the process was started (restarts + 1). */
    public int starts() {
        return starts;
    }

    public long residentBytes() {
        return process == null ? -1 : process.residentBytes();
    }

    /** CPU milliseconds the running server process has used; -1 when it is not running or not known. */
    public long cpuMillis() {
        return process == null ? -1 : process.cpuMillis();
    }

    /** Everything the process wrote to stdout and stderr across all its starts. */
    public String logs() {
        StringBuilder sb = new StringBuilder();
        for (Path p : List.of(logDir.resolve("server-" + nodeId + ".out.log"),
                logDir.resolve("server-" + nodeId + ".err.log"))) {
            try {
                if (Files.exists(p)) {
                    sb.append(Files.readString(p)).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() {
        if (process != null && process.alive()) {
            process.stop();
        }
    }
}
