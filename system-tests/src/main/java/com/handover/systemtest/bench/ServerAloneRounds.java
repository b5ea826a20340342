package com.handover.systemtest.bench;

import static com.handover.systemtest.bench.ScaleBenchmark.out;
import static com.handover.systemtest.bench.ScaleBenchmark.percentile;

import com.handover.mobile.sync.http.HttpClients;
import com.handover.systemtest.server.ServerProcess;
import com.handover.systemtest.server.TestSite;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The many-devices rounds with {@link LightDevice}s in place of the phones: the same accounts, buildings, units and
 * work per round, the same requests, but nothing done with what is pulled. The phones share this machine's cores
 * with the server in the rounds with the app; here the server has almost all of them, so the figures say what the
 * server itself takes for a round of 200 devices.
 */
final class ServerAloneRounds {

    private final List<LightDevice> devices = new ArrayList<>();
    private final ExecutorService pool;
    private final OkHttpClient http;

    ServerAloneRounds(int deviceCount) {
        // The app's client, shared, with room for every device to keep its connection between rounds.
        this.http = HttpClients.create().newBuilder()
                .connectionPool(new ConnectionPool(deviceCount, 5, TimeUnit.MINUTES)).build();
        this.pool = Executors.newFixedThreadPool(deviceCount);
    }

    /**
     * @param rounds       rounds measured on the server as it started, and again once it is warm
     * @param warmUpRounds rounds between the two, not measured: on two cores the JIT compiler still took a quarter
     *                     of the server's CPU in the five rounds after the first five
     */
    void run(ServerProcess server, TestSite site, int deviceCount, int rounds, int warmUpRounds) throws Exception {
        try {
            long start = System.nanoTime();
            int buildings = site.buildingsA().size();
            for (int i = 0; i < deviceCount; i++) {
                devices.add(new LightDevice(http, server.baseUrl(), "light-" + i,
                        TestSite.buildingInspector(i % buildings + 1)));
            }
            // Four at a time: each sign-in is a deliberately slow password hash on the server.
            ExecutorService signIns = Executors.newFixedThreadPool(4);
            all(signIns, devices.stream().map(d -> (Callable<Void>) () -> {
                d.signIn();
                return null;
            }).toList());
            signIns.shutdown();
            out("%d light devices (requests only): signed in in %d ms", deviceCount,
                    (System.nanoTime() - start) / 1_000_000);
            rounds(server, site, 0, rounds, "the server just started");
            // A server runs for weeks: the same rounds again once the JIT has compiled what they run.
            rounds(server, site, rounds, warmUpRounds, null);
            rounds(server, site, rounds + warmUpRounds, rounds,
                    String.format(Locale.ROOT, "the same server after %d more rounds", warmUpRounds));
        } finally {
            pool.shutdownNow();
            http.connectionPool().evictAll();
        }
    }

    /** Runs the rounds from {@code first} on; prints their figures under {@code when}, none when it is null. */
    private void rounds(ServerProcess server, TestSite site, int first, int rounds, String when) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        SyncPhaseCpu phases = new SyncPhaseCpu(server::cpuMillis, ScaleBenchmark::ownCpuMillis);
        long ops = 0;
        long pulledBefore = devices.stream().mapToLong(LightDevice::pulled).sum();
        for (int round = first; round < first + rounds; round++) {
            for (int i = 0; i < devices.size(); i++) {
                ops += devices.get(i).record(InspectorRound.work(devices.get(i).deviceId(),
                        InspectorRound.unitOf(site, i), round));
            }
            CountDownLatch ready = new CountDownLatch(devices.size());
            List<Callable<Void>> syncs = devices.stream().map(d -> (Callable<Void>) () -> {
                ready.countDown();
                ready.await();
                long t = System.nanoTime();
                d.sync();
                latencies.add((System.nanoTime() - t) / 1_000_000);
                return null;
            }).toList();
            phases.start();
            all(pool, syncs);
            phases.end();
        }
        if (when == null) {
            return;
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long pulled = devices.stream().mapToLong(LightDevice::pulled).sum() - pulledBefore;
        out("  %s: %d rounds of %d light devices, %d operations pushed, %d delivered by pull", when, rounds,
                devices.size(), ops, pulled);
        out("  latency of one device's sync round (push, then pull until nothing is left): p50 %d ms, p99 %d ms,"
                + " max %d ms", percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1));
        out("  CPU per device's sync round: server %.1f ms, light devices' JVM %.1f ms; the rounds took %d ms of"
                        + " wall time in all", (double) phases.server() / sorted.size(),
                (double) phases.devices() / sorted.size(), phases.wallMillis());
    }

    private static void all(ExecutorService pool, List<Callable<Void>> tasks) throws Exception {
        List<Future<Void>> futures = new ArrayList<>();
        tasks.forEach(t -> futures.add(pool.submit(t)));
        for (Future<Void> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
    }
}
