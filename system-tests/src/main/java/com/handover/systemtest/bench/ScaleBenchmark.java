package com.handover.systemtest.bench;

import com.handover.mobile.replica.Replica;
import com.handover.mobile.sync.SyncStatus;
import com.handover.model.site.Unit;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.systemtest.process.Classpath;
import com.handover.systemtest.server.ServerProcess;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.verify.ServerDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Scale figures, printed (not asserted). Run from the repository root after installing the modules:
 * <pre>
 * mvn -q -pl system-tests exec:java -Dexec.mainClass=com.handover.systemtest.bench.ScaleBenchmark
 *     [-Dbench.project.units=1000] [-Dbench.sizes=100,1000,5000] [-Dbench.devices=200] [-Dbench.rounds=8]
 *     [-Dbench.devices.warmup=2]
 *     [-Dbench.devices.units=1000] [-Dbench.parts=project,devices,server,growth]
 *     [-Dbench.server.warmup=20] [-Dbench.dir=target/bench]
 * </pre>
 * <ol>
 * <li>A 1,000-unit project (about 150,000 item results, 5,000 defects, 20,000 photo references with real JPEG
 * files) recorded on one device and pushed by the app's sync engine; push and photo-upload throughput and the
 * first-sync time of a second device, against a raw batched SQLite insert of the same rows.</li>
 * <li>{@code bench.devices} devices syncing at the same time against one server, on a project of
 * {@code bench.devices.units} units, each device signed in as the inspector of one building and holding that
 * building alone: throughput, p50/p99 latency of a sync round, server memory.</li>
 * <li>The same rounds with devices that only send the app's requests ({@link LightDevice}): what the server takes
 * when the phones do not share its cores.</li>
 * <li>How push and first sync grow from 100 to 1,000 to 5,000 units (time and memory).</li>
 * </ol>
 * The server is a separate process ({@code ServerMain}, SQLite, 2 GiB heap); devices run in this JVM.
 */
public final class ScaleBenchmark {

    private static final int ITEMS_PER_UNIT = 150;
    private static final int DEFECTS_PER_UNIT = 5;
    private static final int PHOTOS_PER_DEFECT = 4;

    private final Path root;

    private ScaleBenchmark(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        ScaleBenchmark b = new ScaleBenchmark(root);
        Classpath.snapshotInto(b.fresh("classpath"));
        out("scale benchmark: %d cores, device JVM max heap %d MiB, work folder %s",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, root);
        List<String> parts = List.of(System.getProperty("bench.parts", "project,devices,server,growth").split(","));
        if (parts.contains("project")) {
            b.oneProject(Integer.getInteger("bench.project.units", 1000));
        }
        if (parts.contains("devices")) {
            b.manyDevices(Integer.getInteger("bench.devices", 200), Integer.getInteger("bench.devices.warmup", 2),
                    Integer.getInteger("bench.rounds", 8), Integer.getInteger("bench.devices.units", 1000));
        }
        if (parts.contains("server")) {
            b.serverAlone(Integer.getInteger("bench.devices", 200), Integer.getInteger("bench.rounds", 8),
                    Integer.getInteger("bench.devices.units", 1000));
        }
        if (parts.contains("growth")) {
            List<Integer> sizes = Stream.of(System.getProperty("bench.sizes", "100,1000,5000").split(","))
                    .map(String::trim).map(Integer::parseInt).toList();
            b.growth(sizes);
        }
        out("done");
        System.exit(0);
    }

    static void out(String format, Object... args) {
        System.out.println("[bench] " + String.format(Locale.ROOT, format, args));
    }

    private Path fresh(String name) throws IOException {
        Path dir = root.resolve(name);
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }

    private ServerProcess server(Path dir, TestSite site) {
        site.seed(dir.resolve("server"), null);
        return new ServerProcess("bench", dir.resolve("server"), null, dir.resolve("logs"), "2g", List.of()).start();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /**
     * The heap a closed device gave back. "n/a" when closing it gave nothing back: then something still holds the
     * replica and the figure would be meaningless.
     */
    private static String heapText(long bytes) {
        return bytes > (1 << 20) ? Long.toString(bytes >> 20) : "n/a";
    }

    private static double perSecond(long count, long millis) {
        return millis == 0 ? 0 : count * 1000.0 / millis;
    }

    /** Part 1: one device pushes a whole project; a second device's first sync pulls it. */
    private void oneProject(int units) throws Exception {
        Path dir = fresh("project-" + units);
        TestSite site = new TestSite(units);
        long genStart = System.nanoTime();
        ProjectOps ops = ProjectOps.generate(site.unitsA, site.unitTypes, "bench-device", TestSite.INSPECTOR_A,
                ITEMS_PER_UNIT, DEFECTS_PER_UNIT, PHOTOS_PER_DEFECT, 1);
        long genMs = (System.nanoTime() - genStart) / 1_000_000;
        long photoRefs = ops.operations.stream().filter(o -> o.type() == OperationType.DEFECT_OPENED)
                .mapToLong(o -> ((DefectOps.Opened) o.payload()).photos().size()).sum();
        long photoBytes = ops.photos.values().stream().mapToLong(b -> b.length).sum();
        out("one project: %d units, %d operations (%d item results, %d defects), %d photo references, %d JPEG"
                        + " files (%.1f MiB), generated in %d ms",
                units, ops.operations.size(), count(ops, OperationType.INSPECTION_ITEM_RECORDED),
                count(ops, OperationType.DEFECT_OPENED), photoRefs, ops.photos.size(), photoBytes / 1048576.0, genMs);
        long rawMs = DevicePreload.rawInsertMillis(dir.resolve("raw.db"), ops.operations);
        out("  machine limit: raw batched SQLite insert of the same %d rows: %d ms (%.0f ops/s)",
                ops.operations.size(), rawMs, perSecond(ops.operations.size(), rawMs));
        try (ServerProcess server = server(dir, site)) {
            pushAWholeProject(dir, server, ops, rawMs);
            firstSyncOfASecondDevice(dir, server, rawMs);
            out("  server resident memory after both: %d MiB", server.residentBytes() >> 20);
        }
    }

    /** Device A, holding the whole project unsent, pushes it with its photos. */
    private void pushAWholeProject(Path dir, ServerProcess server, ProjectOps ops, long rawMs) throws Exception {
        DevicePreload.write(dir.resolve("device-a"), "bench-device", ops.operations, ops.photos);
        long openStart = System.nanoTime();
        try (BenchDevice device = BenchDevice.open(dir.resolve("device-a"), "bench device")) {
            long openMs = (System.nanoTime() - openStart) / 1_000_000;
            device.signIn(server.baseUrl(), TestSite.INSPECTOR_A);
            long start = System.nanoTime();
            SyncStatus s = device.sync();
            long totalMs = (System.nanoTime() - start) / 1_000_000;
            long pushMs = device.api.millis("push");
            long blobMs = device.api.millis("blob");
            long onServer = ServerDatabase.sqlite(server.dataDir()).count("SELECT count(*) FROM operations");
            long blobsOnServer = ServerDatabase.sqlite(server.dataDir()).count("SELECT count(*) FROM blobs");
            out("  device A opened its replica of %d operations in %d ms", ops.operations.size(), openMs);
            out("  push: %d operations in %d ms = %.0f ops/s (server now holds %d; %d waiting after the round)",
                    device.api.pushed.sum(), pushMs, perSecond(device.api.pushed.sum(), pushMs), onServer,
                    s.operationsWaiting());
            out("  push vs machine limit: %.1f x the raw insert time", rawMs == 0 ? 0 : (double) pushMs / rawMs);
            out("  photo upload: %d photos in %d ms = %.0f photos/s (%d stored on the server)",
                    ops.photos.size(), blobMs, perSecond(ops.photos.size(), blobMs), blobsOnServer);
            out("  whole first round of device A (push + photos + pull back): %d ms", totalMs);
        }
    }

    /** Device B, new, signs in and pulls the whole project; what its replica holds in heap. */
    private void firstSyncOfASecondDevice(Path dir, ServerProcess server, long rawMs) throws Exception {
        long firstSyncMs;
        long held;
        long heapOpen;
        long pullMs;
        try (BenchDevice second = BenchDevice.open(dir.resolve("device-b"), "bench device b")) {
            long start = System.nanoTime();
            second.signIn(server.baseUrl(), TestSite.INSPECTOR_A2);
            second.sync();
            firstSyncMs = (System.nanoTime() - start) / 1_000_000;
            held = second.app().replica().read(r -> r.operationCount());
            pullMs = second.api.millis("pull");
            heapOpen = usedHeap();
        }
        long replicaHeap = heapOpen - usedHeap();
        out("  first sync of a new device: %d operations in %d ms = %.0f ops/s (pull %d ms), its replica holds"
                + " %s MiB of heap", held, firstSyncMs, perSecond(held, firstSyncMs), pullMs, heapText(replicaHeap));
        out("  first sync vs machine limit: %.1f x the raw insert time",
                rawMs == 0 ? 0 : (double) firstSyncMs / rawMs);
    }

    private static long count(ProjectOps ops, OperationType type) {
        return ops.operations.stream().filter(o -> o.type() == type).count();
    }

    /**
     * Part 2: many devices syncing at the same time, each recording between rounds: each signed in as the
     * inspector of one building of the project, so that it holds and pulls that building alone.
     */
    private void manyDevices(int deviceCount, int warmupRounds, int rounds, int units) throws Exception {
        Path dir = fresh("devices-" + deviceCount);
        TestSite site = new TestSite(units);
        try (ServerProcess server = server(dir, site); PeakSampler rss = new PeakSampler(server::residentBytes)) {
            List<BenchDevice> devices = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(deviceCount);
            try {
                devices.addAll(signIn(dir, server, deviceCount, site.buildingsA().size()));
                firstSyncs(devices);
                warmUp(pool, devices, site, warmupRounds, server);
                syncRounds(pool, devices, site, warmupRounds, rounds, server);
                out("  server resident memory: peak %d MiB", rss.peak() >> 20);
            } finally {
                devices.forEach(BenchDevice::close);
                pool.shutdownNow();
            }
        }
    }

    /** Part 2 again, with devices that only send the requests: the server with the machine's cores to itself. */
    private void serverAlone(int deviceCount, int rounds, int units) throws Exception {
        Path dir = fresh("server-alone-" + deviceCount);
        TestSite site = new TestSite(units);
        try (ServerProcess server = server(dir, site); PeakSampler rss = new PeakSampler(server::residentBytes)) {
            new ServerAloneRounds(deviceCount).run(server, site, deviceCount, rounds,
                    Integer.getInteger("bench.server.warmup", 20));
            out("  server resident memory: peak %d MiB", rss.peak() >> 20);
        }
    }

    /**
     * Device {@code n} signs in as the inspector of building {@code n % buildings + 1}, four at a time: each
     * sign-in is a deliberately slow password hash on the server, and all at once they outlast the client's timeout.
     */
    private List<BenchDevice> signIn(Path dir, ServerProcess server, int deviceCount, int buildings)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long loginStart = System.nanoTime();
        List<Future<BenchDevice>> opened = new ArrayList<>();
        for (int i = 0; i < deviceCount; i++) {
            int n = i;
            opened.add(pool.submit(() -> {
                BenchDevice d = BenchDevice.open(dir.resolve("device-" + n), "bench device " + n);
                d.signIn(server.baseUrl(), TestSite.buildingInspector(n % buildings + 1));
                return d;
            }));
        }
        List<BenchDevice> devices = new ArrayList<>();
        for (Future<BenchDevice> f : opened) {
            devices.add(f.get(10, TimeUnit.MINUTES));
        }
        pool.shutdown();
        out("%d devices: signed in in %d ms, 4 at a time (PBKDF2 per sign-in on the server)", deviceCount,
                (System.nanoTime() - loginStart) / 1_000_000);
        return devices;
    }

    /**
     * First syncs (reference data and the log so far) a few at a time: all at once they run into the
     * connection-pool deadlock of GET /reference (ConcurrentRequestsTest), which is counted here.
     */
    private void firstSyncs(List<BenchDevice> devices) throws Exception {
        ExecutorService warm = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> firsts = new ArrayList<>();
        long warmStart = System.nanoTime();
        for (BenchDevice d : devices) {
            firsts.add(warm.submit(() -> d.app().sync().syncNow().problem() == null));
        }
        long warmFailed = 0;
        for (Future<Boolean> f : firsts) {
            warmFailed += f.get(10, TimeUnit.MINUTES) ? 0 : 1;
        }
        warm.shutdown();
        out("  first syncs, 4 at a time: %d ms, %d failed", (System.nanoTime() - warmStart) / 1_000_000, warmFailed);
    }

    /**
     * The first rounds after the first syncs, printed and not counted. In them both JVMs compile the round's code
     * (a JFR recording of the first round counted more compiling than its wall time in each), and each device starts
     * its inspection. A server that has run for a day has compiled that code, and the app on a phone is compiled
     * ahead of time.
     */
    private static void warmUp(ExecutorService pool, List<BenchDevice> devices, TestSite site, int rounds,
                               ServerProcess server) throws Exception {
        AtomicLong failed = new AtomicLong();
        SyncPhaseCpu cpu = new SyncPhaseCpu(server::cpuMillis, ScaleBenchmark::ownCpuMillis);
        for (int round = 0; round < rounds; round++) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            oneRound(pool, devices, site, round, latencies, failed, cpu);
            printRound("warm-up round", round, latencies, cpu);
        }
        if (rounds > 0) {
            out("  %d warm-up rounds (not counted below); rounds that ended with a problem: %d", rounds, failed.get());
        }
    }

    /** Rounds in which every device records and then syncs at the same time; the latency of each sync. */
    private void syncRounds(ExecutorService pool, List<BenchDevice> devices, TestSite site, int firstRound,
                            int rounds, ServerProcess server) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failedRounds = new AtomicLong();
        long ops = 0;
        long serverCpu = server.cpuMillis();
        long devicesCpu = ownCpuMillis();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(5);
        int done = 0;
        SyncPhaseCpu syncPhases = new SyncPhaseCpu(server::cpuMillis, ScaleBenchmark::ownCpuMillis);
        for (int round = 0; round < rounds && System.nanoTime() < deadline; round++) {
            List<Long> roundLatencies = Collections.synchronizedList(new ArrayList<>());
            ops += oneRound(pool, devices, site, firstRound + round, roundLatencies, failedRounds, syncPhases);
            latencies.addAll(roundLatencies);
            printRound("round", round, roundLatencies, syncPhases);
            done++;
        }
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        serverCpu = server.cpuMillis() - serverCpu;
        devicesCpu = ownCpuMillis() - devicesCpu;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long onServer = ServerDatabase.sqlite(server.dataDir()).count("SELECT count(*) FROM operations");
        out("  %d rounds, %d sync rounds in %d ms: %.0f operations/s pushed, %.1f sync rounds/s",
                done, sorted.size(), wallMs, perSecond(ops, wallMs), perSecond(sorted.size(), wallMs));
        out("  latency of one device's sync round: p50 %d ms, p99 %d ms, max %d ms; rounds that ended with a"
                        + " problem (retried in the next round): %d",
                percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1), failedRounds.get());
        long pulled = devices.stream().mapToLong(d -> d.api.pulled.sum()).sum();
        out("  operations on the server %d (recorded %d); delivered to devices by pull %d", onServer, ops, pulled);
        int cores = Runtime.getRuntime().availableProcessors();
        out("  CPU over those %d ms on %d cores (%d core-ms): server process %d ms (%.0f %%), devices' JVM %d ms"
                        + " (%.0f %%)", wallMs, cores, wallMs * cores, serverCpu, 100.0 * serverCpu / (wallMs * cores),
                devicesCpu, 100.0 * devicesCpu / (wallMs * cores));
        out("  CPU while all syncs ran (from the last recording to the last sync's end), per device's sync round:"
                        + " server %.1f ms, devices' JVM %.1f ms; those phases took %d ms of wall time in all",
                (double) syncPhases.server() / sorted.size(), (double) syncPhases.devices() / sorted.size(),
                syncPhases.wallMillis());
    }

    private static void printRound(String name, int round, List<Long> latencies, SyncPhaseCpu cpu) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        out("    %s %d: sync round p50 %d ms, p99 %d ms; CPU per device's round: server %.1f ms, devices' JVM %.1f ms;"
                        + " devices' JVM collecting garbage %d ms", name, round + 1, percentile(sorted, 50),
                percentile(sorted, 99), (double) cpu.lastServer() / sorted.size(),
                (double) cpu.lastDevices() / sorted.size(), cpu.lastGcMillis());
    }

    /**
     * Every device records on its own unit of its building, then, once all have recorded, all sync at once; the
     * operations recorded. The recording is kept out of the syncs' time: each of these phones commits every item
     * to disk, and real phones do that on storage of their own, not on the one disk the simulated ones share.
     */
    private static long oneRound(ExecutorService pool, List<BenchDevice> devices, TestSite site, int round,
                                 List<Long> latencies, AtomicLong failedRounds, SyncPhaseCpu syncPhases)
            throws Exception {
        List<Future<Integer>> futures = new ArrayList<>();
        CountDownLatch allRecorded = new CountDownLatch(devices.size());
        for (int i = 0; i < devices.size(); i++) {
            BenchDevice d = devices.get(i);
            Unit unit = InspectorRound.unitOf(site, i);
            futures.add(pool.submit(() -> {
                int recorded;
                try {
                    recorded = recordRound(d, unit, round);
                } finally {
                    allRecorded.countDown();
                }
                if (!allRecorded.await(10, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("the other devices did not finish recording");
                }
                long t = System.nanoTime();
                SyncStatus st = d.app().sync().syncNow();
                latencies.add((System.nanoTime() - t) / 1_000_000);
                if (st.problem() != null) {
                    failedRounds.incrementAndGet();
                }
                return recorded;
            }));
        }
        if (!allRecorded.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the devices did not finish recording");
        }
        syncPhases.start();
        long ops = 0;
        for (Future<Integer> f : futures) {
            ops += f.get(10, TimeUnit.MINUTES);
        }
        syncPhases.end();
        return ops;
    }

    static long ownCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }

    /** One inspector's work between two syncs, recorded as the app records it: each action on its own. */
    private static int recordRound(BenchDevice d, Unit unit, int round) {
        var replica = d.app().replica();
        List<Replica.Action> work = InspectorRound.work(d.app().session().deviceId(), unit, round);
        work.forEach(a -> replica.record(a.type(), a.entity(), a.payload()));
        return work.size();
    }

    static long percentile(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    /** Part 3: the same project at several sizes, without photos: push and first sync, time and memory. */
    private void growth(List<Integer> sizes) throws Exception {
        out("growth (150 item results and 5 defects per unit, no photos):");
        out("  %6s %9s %9s %10s %9s %12s %10s %11s", "units", "ops", "push ms", "push op/s", "first ms",
                "first op/s", "server MiB", "replica MiB");
        out("  (server MiB: resident memory of the server process after both; replica MiB: heap the new device's"
                + " replica holds)");
        for (int units : sizes) {
            Path dir = fresh("growth-" + units);
            TestSite site = new TestSite(units);
            ProjectOps ops = ProjectOps.generate(site.unitsA, site.unitTypes, "bench-device", TestSite.INSPECTOR_A,
                    ITEMS_PER_UNIT, DEFECTS_PER_UNIT, 0, units);
            try (ServerProcess server = server(dir, site)) {
                DevicePreload.write(dir.resolve("device-a"), "bench-device", ops.operations, ops.photos);
                long pushMs;
                try (BenchDevice device = BenchDevice.open(dir.resolve("device-a"), "bench device")) {
                    device.signIn(server.baseUrl(), TestSite.INSPECTOR_A);
                    device.sync();
                    pushMs = device.api.millis("push");
                }
                long firstMs;
                long heapOpen;
                try (BenchDevice second = BenchDevice.open(dir.resolve("device-b"), "bench device b")) {
                    long start = System.nanoTime();
                    second.signIn(server.baseUrl(), TestSite.INSPECTOR_A2);
                    second.sync();
                    firstMs = (System.nanoTime() - start) / 1_000_000;
                    heapOpen = usedHeap();
                }
                long heap = heapOpen - usedHeap();
                int n = ops.operations.size();
                out("  %6d %9d %9d %10.0f %9d %12.0f %10d %11s", units, n, pushMs, perSecond(n, pushMs), firstMs,
                        perSecond(n, firstMs), server.residentBytes() >> 20, heapText(heap));
            }
        }
    }
}
