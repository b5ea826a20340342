package com.handover.mobile.bench;

import com.handover.mobile.MobileComposition;
import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.replica.Replica;
import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.sync.PushResult;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.testing.CountingSyncApi;
import com.handover.mobile.testing.FakePhotoSource;
import com.handover.mobile.testing.HeapInUse;
import com.handover.mobile.testing.RecordingNavigation;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.InstantiatedRoom;
import com.handover.model.json.BundledChecklists;
import com.handover.model.json.OperationCodec;
import com.handover.model.site.Unit;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.TimeOrderedIds;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.state.InspectionState;
import com.handover.server.HandoverServer;
import com.handover.server.config.ServerConfig;
import com.handover.server.sync.PullService;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The phone's figures against the real server on loopback (printed, not asserted):
 * <ol>
 *   <li>first sync of a 1,000-unit project (about 150,000 item results) into an empty device: sign-in with the
 *       reference data, then one sync round that installs the bootstrap snapshot and pulls the tail; the same into
 *       a second empty device, which reads the same compressed segments the server keeps; into three more, on
 *       code the JVM has compiled by then; and into one more by paging through the pull, as against a server
 *       without the snapshot; beside them the raw SQLite insert of the same rows and the device's own install of
 *       them decoded beforehand (its store alone); and the first opening, after the app's update, of a replica
 *       of the same rows written by the schema before (its operations table made anew);</li>
 *   <li>reopening the app over that replica (its stored folds read; what the log gained after them folded), and
 *       the heap it then holds (garbage is collected before it opens);</li>
 *   <li>opening an inspection of 118 items (FINISHED template, the view model's load);</li>
 *   <li>recording one item result (operation + outbox row in one transaction, then the state), raw and through the
 *       inspection view model;</li>
 *   <li>reopening with as many operations logged past the stored folds as a sync round leaves unstored.</li>
 * </ol>
 * The server is preloaded through its push API by another device. Run:
 * {@code mvn -q -pl mobile -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.handover.mobile.bench.FirstSyncBenchmark [-Dexec.args="--units 1000"]}
 */
public final class FirstSyncBenchmark {

    private static final int PUSH_BATCH = 500;

    /** Empty devices synced after the first two, once the JVM has compiled the phone's code. */
    private static final int COMPILED_DEVICES = 3;

    /** Longest the benchmark waits, once the preload is pushed, for the server to fold it. */
    private static final long FOLD_WAIT_MILLIS = 300_000;

    private FirstSyncBenchmark() {
    }

    /** Waits until the server has compressed every sealed snapshot segment; returns the seconds since {@code t0}. */
    private static double awaitSegmentsPrepared(PullService pull, long t0) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(FOLD_WAIT_MILLIS);
        while (pull.snapshotSegmentsWaiting() > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server did not compress its sealed snapshot segments");
            }
            Thread.sleep(20);
        }
        return seconds(t0);
    }

    public static void main(String[] args) throws Exception {
        int unitCount = 1000;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--units")) {
                unitCount = Integer.parseInt(args[i + 1]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i] + " (known: --units N)");
            }
        }
        Path dir = Files.createTempDirectory("handover-mobile-bench");
        try {
            run(dir, unitCount);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0); // OkHttp's and the server's pools would keep the JVM up for a minute
    }

    private static void run(Path dir, int unitCount) throws Exception {
        BenchmarkProject project = new BenchmarkProject(unitCount);
        ChecklistTemplate template = BundledChecklists.catalog().template("FINISHED", 1).orElseThrow();
        ServerConfig config = ServerConfig.embedded(dir.resolve("server")).withHost("127.0.0.1").withPort(0);
        try (HandoverServer server = HandoverServer.start(config)) {
            project.seed(server.components());
            String url = "http://127.0.0.1:" + server.port() + "/";

            // Preload: another device pushes a whole handover of every unit.
            List<Operation> ops = generate(project, template, "bench-seeder-phone");
            long itemResults = ops.stream().filter(o -> o.type() == OperationType.INSPECTION_ITEM_RECORDED).count();
            OkHttpSyncApi api = new OkHttpSyncApi(HttpClients.create());
            Server seeder = new Server(url, api.login(url, BenchmarkProject.SEEDER, BenchmarkProject.PASSWORD,
                    "bench-seeder-phone", "seeder").token());
            long t0 = System.nanoTime();
            OperationCodec codec = new OperationCodec();
            List<OutboxEntry> texts = ops.stream().map(op -> OutboxEntry.encode(op, codec)).toList();
            for (int from = 0; from < ops.size(); from += PUSH_BATCH) {
                PushResult r = api.push(seeder, "bench-seeder-phone",
                        texts.subList(from, Math.min(ops.size(), from + PUSH_BATCH)));
                if (r.results().stream().anyMatch(x -> !x.stored())) {
                    throw new IllegalStateException("the server refused a preloaded operation: " + r.results());
                }
            }
            double pushed = seconds(t0);
            // The first syncs below do not share the cores with the server still folding the preload.
            if (!server.components().stateFolder().awaitCaughtUp(FOLD_WAIT_MILLIS)) {
                throw new IllegalStateException("the server's state tables did not catch up with the preload");
            }
            double preload = seconds(t0);
            double prepared = awaitSegmentsPrepared(server.components().pull(), t0);
            System.out.printf("preload through the push API: %,d units, %,d operations (%,d item results) pushed in"
                    + " %.1f s, folded into the server's state tables in %.1f s, its sealed snapshot segments"
                    + " compressed in the pause after it by %.1f s%n", unitCount, ops.size(), itemResults, pushed,
                    preload, prepared);

            // 1. First sync into an empty device, then into a second one. The server compressed the sealed segments
            // of their scope in the pause after the preload, as it would before a team's first device came; both
            // read the same kept segments.
            Path phone = dir.resolve("phone");
            FirstSync first = firstSync(phone, url);
            System.out.printf("first sync into an empty device: %.1f s in all (sign-in %.2f s, reference of %,d units"
                    + " %.2f s, snapshot and tail of %,d operations %.1f s = %,.0f ops/s; the process, server included,"
                    + " kept %.0f %% of the cores busy meanwhile; garbage collection paused it %.0f ms; the JIT"
                    + " compiler's threads compiled for %.1f s)%n", first.seconds(), first.signInAlone(), unitCount,
                    first.reference(), ops.size(), first.pull(), ops.size() / first.pull(), 100 * first.coresBusy(),
                    first.gcMillis(), first.compileSeconds());
            FirstSync second = firstSync(dir.resolve("second-phone"), url);
            System.out.printf("first sync into a second empty device, from the same kept segments: %.1f s in all"
                    + " (sign-in %.2f s, reference %.2f s, snapshot and tail %.1f s = %,.0f ops/s; cores busy %.0f %%;"
                    + " garbage collection %.0f ms; compiling %.1f s)%n", second.seconds(), second.signInAlone(),
                    second.reference(), second.pull(), ops.size() / second.pull(), 100 * second.coresBusy(),
                    second.gcMillis(), second.compileSeconds());
            List<String> compiled = new ArrayList<>();
            List<Double> compiledSeconds = new ArrayList<>();
            for (int n = 1; n <= COMPILED_DEVICES; n++) {
                FirstSync more = firstSync(dir.resolve("compiled-phone-" + n), url);
                compiledSeconds.add(more.seconds());
                compiled.add(String.format("%.1f s (gc %.0f ms, compiling %.1f s)", more.seconds(), more.gcMillis(),
                        more.compileSeconds()));
            }
            System.out.printf("first sync into %d more empty devices, on code the JVM has compiled by now (the app's"
                    + " native image compiles nothing while it syncs): %s%n", COMPILED_DEVICES,
                    String.join(", ", compiled));
            double firstSync = first.seconds();
            double signIn = first.signIn();
            // The same first sync by paging through the pull, as against a server without the snapshot.
            long tp = System.nanoTime();
            try (MobileComposition paged = MobileComposition.open(dir.resolve("paged-phone"),
                    new CountingSyncApi(false), new FakePhotoSource(), new AwtImageCodec(), new DirectTaskRunner(),
                    Clock.system(ZoneId.of("Asia/Shanghai")), RetryPolicy.standard(), "bench-paged-phone")) {
                paged.context().session().signIn(url, BenchmarkProject.INSPECTOR, BenchmarkProject.PASSWORD);
                paged.context().sync().refreshReference();
                SyncStatus pagedStatus = paged.context().sync().syncNow();
                if (pagedStatus.problem() != null) {
                    throw new IllegalStateException("the paged first sync failed: " + pagedStatus.problem());
                }
            }
            double pagedSync = seconds(tp);
            System.out.printf("the same first sync paging through the pull (no snapshot): %.1f s; snapshot / paged"
                    + " = %.2f%n", pagedSync, firstSync / pagedSync);
            double rawSeconds = RawInsert.oneTransaction(dir.resolve("raw.db"), ops);
            System.out.printf("raw SQLite insert of the same rows, one transaction: %.2f s = %,.0f rows/s;"
                    + " raw / first sync = %.2f, raw / the second device's first sync = %.2f, raw / the compiled"
                    + " devices' = %s (raw / pull alone = %.2f; raw / paged first sync = %.2f)%n", rawSeconds,
                    ops.size() / rawSeconds, rawSeconds / firstSync, rawSeconds / second.seconds(),
                    compiledSeconds.stream().map(t -> String.format("%.2f", rawSeconds / t))
                            .collect(Collectors.joining(", ")),
                    rawSeconds / (firstSync - signIn), rawSeconds / pagedSync);
            double storeAlone = DecodedInstall.seconds(dir.resolve("decoded-install.db"), ops);
            System.out.printf("the device's install of the same rows decoded beforehand (its store's writing alone,"
                    + " no download, no decoding): %.2f s; raw / that = %.2f%n", storeAlone, rawSeconds / storeAlone);
            double rawLargePages = RawInsert.oneTransaction(dir.resolve("raw-large-pages.db"), ops,
                    SqliteDatabase.PAGE_SIZE);
            System.out.printf("the same raw insert on the device's %d KiB pages (SQLite's default is %d KiB): %.2f s;"
                    + " that / first sync = %.2f, that / the second device's first sync = %.2f%n",
                    SqliteDatabase.PAGE_SIZE / 1024, RawInsert.DEFAULT_PAGE_SIZE / 1024, rawLargePages,
                    rawLargePages / firstSync, rawLargePages / second.seconds());
            ReplicaUpgrade.Figures upgrade = ReplicaUpgrade.open(dir.resolve("upgraded.db"), ops);
            System.out.printf("the first opening after the app's update of a replica of the same rows written by"
                    + " schema %d (%d MiB): %.2f s, its operations table made anew once%n", ReplicaUpgrade.FROM_VERSION,
                    upgrade.fileBytes() / (1024 * 1024), upgrade.seconds());

            // 2. Reopening the app: the stored folds read, and the operations logged after them folded in.
            long heapBefore = HeapInUse.afterCollection();
            long t2 = System.nanoTime();
            try (MobileComposition device = open(phone)) {
                double reopen = seconds(t2);
                long held = HeapInUse.afterCollection() - heapBefore;
                int operations = device.context().replica().read(s -> s.operationCount());
                List<Operation> all = device.context().replica().read(s -> List.copyOf(s.operations()));
                long tr = System.nanoTime();
                com.handover.model.sync.Reducer.reduce(all);
                System.out.printf("reopening the app over that replica: %.2f s (%,d operations, opened on the folds"
                        + " stored by the first sync, holding %d MiB of heap; folding all of them again would take"
                        + " %.2f s for the reduce alone)%n", reopen, operations, held / (1024 * 1024), seconds(tr));

                // 3. Opening an inspection of 118 items.
                Unit unitB = project.units.stream().filter(u -> project.typeOf(u) == project.typeB).findFirst().orElseThrow();
                UUID inspection = device.context().replica().read(s -> s.inspections().values().stream()
                        .filter(i -> i.unitId().equals(unitB.id())).map(InspectionState::id).findFirst().orElseThrow());
                RecordingNavigation nav = new RecordingNavigation();
                double[] opens = new double[21];
                int items = 0;
                for (int i = 0; i < opens.length; i++) {
                    long t3 = System.nanoTime();
                    InspectionViewModel model = new InspectionViewModel(device.context(), nav, inspection);
                    model.refresh();
                    opens[i] = millis(t3);
                    items = model.totalProperty().get();
                }
                System.out.printf("opening an inspection of %d items (view model load): first %.1f ms, median of the"
                        + " next 20 %.1f ms%n", items, opens[0], median(Arrays.copyOfRange(opens, 1, opens.length)));

                // 4. Recording item results on a new inspection of a type-B unit.
                UUID fresh = UUID.randomUUID();
                device.context().replica().record(OperationType.INSPECTION_STARTED, fresh, new InspectionOps.Started(
                        unitB.id(), InspectionKind.RE_INSPECTION, template.code(), template.version(),
                        BenchmarkProject.ROOMS_B, List.of()));
                InspectionViewModel model = new InspectionViewModel(device.context(), nav, fresh);
                model.refresh();
                List<Double> raw = new ArrayList<>();
                List<Double> viaModel = new ArrayList<>();
                for (var room : List.copyOf(model.rooms())) {
                    model.selectedRoomProperty().set(room.room().key());
                    for (ItemRow row : List.copyOf(model.items())) {
                        long t4 = System.nanoTime();
                        model.record(row, ItemResult.PASS);
                        viaModel.add(millis(t4));
                    }
                }
                for (var room : List.copyOf(model.rooms())) {
                    model.selectedRoomProperty().set(room.room().key());
                    for (ItemRow row : List.copyOf(model.items())) {
                        long t5 = System.nanoTime();
                        device.context().replica().record(OperationType.INSPECTION_ITEM_RECORDED, fresh,
                                new InspectionOps.ItemRecorded(row.room(), row.item().code(), ItemResult.NOT_APPLICABLE,
                                        null, null));
                        raw.add(millis(t5));
                    }
                }
                System.out.printf("recording one item result: %.2f ms median, %.2f ms p95 (operation + outbox, one"
                        + " transaction, then the state; %d items)%n", median(raw), p95(raw), raw.size());
                System.out.printf("recording one item result through the inspection view model (tap to screen"
                        + " updated): %.2f ms median, %.2f ms p95 (%d items)%n", median(viaModel), p95(viaModel),
                        viaModel.size());

                // 5. As many operations past the stored folds as a sync round leaves unstored.
                int logged = 1 + raw.size() + viaModel.size();
                ItemRow any = model.items().get(0);
                device.context().replica().recordAll(Collections.nCopies(Math.max(0, Replica.FOLD_TAIL_LIMIT - 1
                        - logged), new Replica.Action(OperationType.INSPECTION_ITEM_RECORDED, fresh,
                        new InspectionOps.ItemRecorded(any.room(), any.item().code(), ItemResult.PASS, null, null))));
            }
            long t6 = System.nanoTime();
            try (MobileComposition device = open(phone)) {
                double reopenWithTail = seconds(t6);
                System.out.printf("reopening with %,d operations logged past the stored folds (the most a sync round"
                        + " leaves unstored): %.2f s (%,d operations)%n", Replica.FOLD_TAIL_LIMIT - 1, reopenWithTail,
                        device.context().replica().read(s -> s.operationCount()));
            }
        }
    }

    /**
     * A first sync's time in all, its sign-in alone and with the reference data, the CPU time the whole process
     * (the server on loopback included) spent during its sync round, the time garbage collection paused it then,
     * and the time the JIT compiler's threads spent compiling from sign-in to the round's end.
     */
    private record FirstSync(double seconds, double signInAlone, double signIn, double roundCpu, double gcMillis,
            double compileSeconds) {
        double pull() {
            return seconds - signIn;
        }

        double reference() {
            return signIn - signInAlone;
        }

        /** The round's CPU time as a share of what the machine's cores could give in its time. */
        double coresBusy() {
            return roundCpu / (pull() * Runtime.getRuntime().availableProcessors());
        }
    }

    /** An empty device signs in, takes the reference data, and runs its first sync round. */
    private static FirstSync firstSync(Path folder, String url) throws Exception {
        long start = System.nanoTime();
        long compiling = compileMillis();
        double signInAlone;
        double signIn;
        double roundCpu;
        long gcMillis;
        SyncStatus status;
        try (MobileComposition device = open(folder)) {
            device.context().session().signIn(url, BenchmarkProject.INSPECTOR, BenchmarkProject.PASSWORD);
            signInAlone = seconds(start);
            device.context().sync().refreshReference();
            signIn = seconds(start);
            long cpu = processCpuNanos();
            long gc = gcMillis();
            status = device.context().sync().syncNow();
            roundCpu = (processCpuNanos() - cpu) / 1e9;
            gcMillis = gcMillis() - gc;
        }
        double total = seconds(start);
        double compileSeconds = (compileMillis() - compiling) / 1e3;
        if (status.problem() != null) {
            throw new IllegalStateException("the first sync failed: " + status.problem());
        }
        return new FirstSync(total, signInAlone, signIn, roundCpu, gcMillis, compileSeconds);
    }

    private static MobileComposition open(Path folder) {
        return MobileComposition.open(folder, new OkHttpSyncApi(HttpClients.create()), new FakePhotoSource(),
                new AwtImageCodec(), new DirectTaskRunner(), Clock.system(ZoneId.of("Asia/Shanghai")),
                RetryPolicy.standard(), "bench-phone");
    }

    /** A whole handover per unit: started, then every item answered (about 4 % fail, a quarter measured). */
    private static List<Operation> generate(BenchmarkProject project, ChecklistTemplate template, String device) {
        Random random = new Random(42);
        long[] millis = {System.currentTimeMillis() - 30L * 24 * 3600 * 1000};
        List<Operation> out = new ArrayList<>();
        for (Unit unit : project.units) {
            List<String> rooms = project.typeOf(unit).rooms();
            UUID inspection = new UUID(random.nextLong(), random.nextLong());
            out.add(op(random, millis, device, OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(
                    unit.id(), InspectionKind.HANDOVER, template.code(), template.version(), rooms, List.of())));
            for (InstantiatedRoom room : template.instantiate(rooms)) {
                for (ChecklistItem item : room.room().items()) {
                    boolean fail = random.nextInt(100) < 4;
                    Double measured = random.nextInt(4) == 0 ? Math.round(random.nextDouble() * 60) / 10.0 : null;
                    out.add(op(random, millis, device, OperationType.INSPECTION_ITEM_RECORDED, inspection,
                            new InspectionOps.ItemRecorded(room.key(), item.code(),
                                    fail ? ItemResult.FAIL : ItemResult.PASS, measured, fail ? "业主指出不合格" : null)));
                }
            }
        }
        return out;
    }

    private static Operation op(Random random, long[] millis, String device, OperationType type, UUID entity,
                                Payload payload) {
        millis[0] += 1 + random.nextInt(2000);
        // Operation ids as the app mints them: time-ordered.
        return new Operation(TimeOrderedIds.next(millis[0], random), type, entity, new Hlc(millis[0], 0, device),
                BenchmarkProject.SEEDER, device, null, payload);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Time the JIT compiler's threads have spent compiling so far, added over the threads. */
    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** Time the collectors have spent so far (for G1, its pauses). */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double p95(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v[Math.min(v.length - 1, (int) Math.ceil(v.length * 0.95) - 1)];
    }
}
