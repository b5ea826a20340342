package com.handover.systemtest.support;

import com.handover.server.config.ServerConfig;
import com.handover.systemtest.device.DeviceProcess;
import com.handover.systemtest.device.DeviceReplicaFile;
import com.handover.systemtest.http.ApiClient;
import com.handover.systemtest.process.JavaProcess;
import com.handover.systemtest.server.ServerProcess;
import com.handover.systemtest.server.TestSite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One scenario's world: a work folder, the seeded site, its server processes and its devices. */
public final class Scenario implements AutoCloseable {

    public final String name;
    public final Path dir;
    public final TestSite site;
    public final List<ServerProcess> servers = new ArrayList<>();
    public final List<DeviceProcess> devices = new ArrayList<>();

    private Scenario(String name, int units) {
        this.name = name;
        this.dir = WorkDirs.fresh(name);
        this.site = new TestSite(units);
    }

    /** One embedded (SQLite) node, started. */
    public static Scenario sqlite(String name, int units) {
        Scenario s = new Scenario(name, units);
        Path data = s.dir.resolve("server");
        s.site.seed(data, null);
        s.servers.add(ServerProcess.sqlite("node-a", data, s.logs()).start());
        return s;
    }

    /** {@code nodes} nodes on one PostgreSQL database, started. */
    public static Scenario postgres(String name, int units, ServerConfig.PostgresSettings pg, int nodes) {
        Scenario s = new Scenario(name, units);
        s.site.seed(s.dir.resolve("seed"), pg);
        for (int i = 0; i < nodes; i++) {
            String node = "node-" + (char) ('a' + i);
            s.servers.add(ServerProcess.postgres(node, s.dir.resolve(node), pg, s.logs()).start());
        }
        return s;
    }

    public Path logs() {
        return dir.resolve("logs");
    }

    public ServerProcess server() {
        return servers.get(0);
    }

    public ApiClient api() {
        return new ApiClient(server().baseUrl());
    }

    public String officeToken() {
        return api().token(TestSite.OFFICE, TestSite.PASSWORD, "office-verifier");
    }

    /** A device of {@code user} talking to {@code url}, with the given base options. */
    public DeviceProcess device(String deviceName, String url, String user, long seed, String... options) {
        List<String> args = new ArrayList<>(List.of("--server", url, "--user", user, "--seed", Long.toString(seed)));
        args.addAll(List.of(options));
        DeviceProcess d = new DeviceProcess(deviceName, dir.resolve("devices").resolve(deviceName), logs(), args);
        devices.add(d);
        return d;
    }

    /** Runs every device to its end at the same time, each with {@code more} options. */
    public void runAll(Duration timeout, String... more) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, devices.size()));
        try {
            List<Future<JavaProcess>> runs = new ArrayList<>();
            for (DeviceProcess d : devices) {
                runs.add(pool.submit(() -> d.runToEnd(timeout, more)));
            }
            for (Future<JavaProcess> f : runs) {
                f.get();
            }
        } catch (Exception e) {
            throw new AssertionError(name + ": a device run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every device syncs until nothing waits, all at once, twice: the second pass pulls what the others pushed. */
    public void settleAll(Duration timeout) {
        for (int pass = 0; pass < 2; pass++) {
            runAll(timeout, "--settle", "--sync-every", "0");
        }
    }

    public List<DeviceReplicaFile> replicas() {
        return devices.stream().map(d -> DeviceReplicaFile.read(d.folder())).toList();
    }

    @Override
    public void close() {
        servers.forEach(ServerProcess::close);
    }
}
