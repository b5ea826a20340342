package com.handover.server.bench;

import com.handover.model.DeliveryStandard;
import com.handover.model.Role;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.Operation;
import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.auth.User;
import com.handover.server.config.ServerConfig;
import com.handover.server.reference.BundledTemplateCatalog;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Push throughput over real HTTP on loopback into the embedded SQLite store (operations appended, photos
 * indexed, state re-folded per unit), next to a raw SQLite batch insert of rows of the same size on the same
 * machine. Run: {@code java -cp sync-server/target/handover-server.jar com.handover.server.bench.PushBenchmark
 * [--ops 150000] [--batch 500] [--pushers 4] [--warmup 300000] [--postgres jdbc:postgresql://host:port/db]}; it
 * also times 1-op push + pull rounds on a unit with 1,000 operations of history (see docs/BENCHMARKS.md).
 */
public final class PushBenchmark {

    private static final String DEVICE = "bench-phone";
    private static final String PASSWORD = "bench-password-1";

    /** Longest the benchmark waits, after the last push answered, for the state tables to hold every push. */
    private static final long FOLD_WAIT_MILLIS = 600_000;

    /**
     * @param pushers                  devices pushing at the same time, each its own share of the operations
     * @param foldedSeconds            from the first push until the state tables held every pushed operation
     * @param rawOneTransactionSeconds the same rows in a single transaction, for scale
     */
    public record Result(int operations, int batchSize, int pushers, double pushSeconds, double foldedSeconds,
                         double rawSeconds, double rawOneTransactionSeconds, SingleOpLatency latency) {
        public double pushRate() {
            return operations / pushSeconds;
        }

        public double rawRate() {
            return operations / rawSeconds;
        }
    }

    private PushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int ops = 150_000;
        int batch = 500;
        int pushers = 4;
        int warmup = 300_000;
        String postgres = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--ops" -> ops = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--pushers" -> pushers = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--postgres" -> postgres = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --ops N, --batch N, --pushers N, --warmup N, --postgres jdbc:postgresql://...)");
            }
        }
        if (warmup > 0) {
            // A server that has run for a while has its push path compiled; the first pushes of a new JVM do not.
            // After 30,000 operations the JIT's threads still took most of a core through the measured pushes.
            run(warmup, batch, 1, null);
            System.out.printf("warm-up: %,d operations pushed once into a server of their own, not counted%n", warmup);
        }
        print("SQLite", run(ops, batch, 1, null));
        print("SQLite", run(ops, batch, pushers, null));
        if (postgres != null) {
            int n = ops;
            int size = batch;
            print("PostgreSQL", BenchDatabases.onPostgres(postgres, settings -> run(n, size, 1, settings)));
            int devices = pushers;
            print("PostgreSQL", BenchDatabases.onPostgres(postgres, settings -> run(n, size, devices, settings)));
        }
    }

    private static void print(String database, Result r) {
        System.out.printf("push over HTTP (%s, batches of %d, %s): %,d operations in %.2f s = %,.0f ops/s%n",
                database, r.batchSize(), r.pushers() == 1 ? "one device" : r.pushers() + " devices at once",
                r.operations(), r.pushSeconds(), r.pushRate());
        System.out.printf("  the state tables the console reads held all of them %.2f s after the first push began"
                + " = %,.0f ops/s folded%n", r.foldedSeconds(), r.operations() / r.foldedSeconds());
        System.out.printf("raw SQLite batch insert, same rows, a transaction per %d: %,d rows in %.2f s = %,.0f rows/s%n",
                r.batchSize(), r.operations(), r.rawSeconds(), r.rawRate());
        System.out.printf("raw SQLite batch insert, same rows, one transaction: %.2f s = %,.0f rows/s%n",
                r.rawOneTransactionSeconds(), r.operations() / r.rawOneTransactionSeconds());
        System.out.printf("push / raw = %.3f (the server reaches %.1f %% of a bare insert); push / raw one"
                + " transaction = %.3f%n", r.pushRate() / r.rawRate(), 100 * r.pushRate() / r.rawRate(),
                r.pushSeconds() == 0 ? 0 : r.rawOneTransactionSeconds() / r.pushSeconds());
        System.out.printf("1-op push + pull on a unit with %,d operations of history (%s, %d rounds): p50 %.1f ms,"
                + " p99 %.1f ms (push alone p50 %.1f ms, pull alone p50 %.1f ms)%n", r.latency().history(), database,
                r.latency().rounds(), r.latency().p50Millis(), r.latency().p99Millis(), r.latency().pushP50Millis(),
                r.latency().pullP50Millis());
    }

    public static Result run(int operationCount, int batchSize, int pushers) throws Exception {
        return run(operationCount, batchSize, pushers, null);
    }

    /** @param postgres the database to push into; null for the embedded SQLite file */
    public static Result run(int operationCount, int batchSize, int pushers, ServerConfig.PostgresSettings postgres)
            throws Exception {
        Path dir = Files.createTempDirectory("handover-bench");
        try {
            BundledTemplateCatalog templates = BundledTemplateCatalog.load();
            List<UUID> units = new ArrayList<>();
            ServerConfig config = ServerConfig.embedded(dir.resolve("server")).withHost("127.0.0.1").withPort(0);
            if (postgres != null) {
                config = config.withPostgres(postgres);
            }
            double pushSeconds;
            double foldedSeconds;
            SingleOpLatency latency;
            List<Operation> ops;
            try (HandoverServer server = HandoverServer.builder(config).templates(templates).start()) {
                seed(server.components(), units, operationCount / 150 + 2);
                UUID historyUnit = units.remove(units.size() - 1);
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                ops = new ArrayList<>();
                List<ConcurrentPushers.Device> devices = new ArrayList<>();
                for (int i = 0; i < pushers; i++) {
                    String device = DEVICE + "-" + i;
                    List<Operation> share = new InspectionStream(templates.catalog(), "bench", device, 42 + i)
                            .generate(everyNth(units, i, pushers), operationCount / pushers
                                    + (i < operationCount % pushers ? 1 : 0));
                    ops.addAll(share);
                    BenchClient client = new BenchClient(http, base, login(http, base, device), device);
                    devices.add(new ConcurrentPushers.Device(client, bodies(client, share, batchSize)));
                }
                long started = System.nanoTime();
                pushSeconds = ConcurrentPushers.push(devices);
                if (!server.components().stateFolder().awaitCaughtUp(FOLD_WAIT_MILLIS)) {
                    throw new IllegalStateException("the state tables did not catch up with the pushes");
                }
                foldedSeconds = (System.nanoTime() - started) / 1e9;
                latency = SingleOpLatency.measure(devices.get(0).client(), templates.catalog(), historyUnit);
            }
            double rawSeconds = rawInsert(dir.resolve("raw.db"), ops, batchSize);
            double rawOneTransaction = rawInsert(dir.resolve("raw-one.db"), ops, ops.size());
            return new Result(ops.size(), batchSize, pushers, pushSeconds, foldedSeconds, rawSeconds, rawOneTransaction,
                    latency);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void seed(Components c, List<UUID> units, int unitCount) {
        UUID project = UUID.nameUUIDFromBytes("bench-project".getBytes());
        UUID building = UUID.nameUUIDFromBytes("bench-building".getBytes());
        UUID type = UUID.nameUUIDFromBytes("bench-type".getBytes());
        List<Unit> list = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            Unit u = new Unit(UUID.nameUUIDFromBytes(("bench-unit-" + i).getBytes()), project, building,
                    String.format("%d-%02d%02d", 1 + i / 1000, 1 + (i / 4) % 60, 1 + i % 4), 1 + (i / 4) % 60,
                    DeliveryStandard.FINISHED, type, "业主" + i, null);
            list.add(u);
            units.add(u.id());
        }
        String hash = c.passwords().hash(PASSWORD);
        c.db().write(conn -> {
            c.sites().insertProject(conn, new Project(project, "BENCH", "基准项目", "北京", LocalDate.of(2026, 6, 1), 50));
            c.sites().insertBuilding(conn, new Building(building, project, "1号楼", 60));
            c.sites().insertUnitType(conn, new UnitType(type, project, "A", "A户型", InspectionStream.ROOMS, null));
            c.sites().insertUnits(conn, list);
            c.accounts().saveUser(conn, new User("bench", "基准验房员", Role.INSPECTOR), hash, c.clock().millis());
            c.sites().assignProject(conn, "bench", project);
            return null;
        });
    }

    private static <T> List<T> everyNth(List<T> all, int first, int step) {
        List<T> out = new ArrayList<>();
        for (int i = first; i < all.size(); i += step) {
            out.add(all.get(i));
        }
        return out;
    }

    private static List<String> bodies(BenchClient client, List<Operation> ops, int batchSize) {
        List<String> out = new ArrayList<>();
        for (int from = 0; from < ops.size(); from += batchSize) {
            out.add(client.body(ops.subList(from, Math.min(ops.size(), from + batchSize))));
        }
        return out;
    }

    private static String login(HttpClient http, String base, String device) throws Exception {
        String body = "{\"username\":\"bench\",\"password\":\"" + PASSWORD + "\",\"deviceId\":\"" + device + "\"}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + r.body());
        }
        return ModelJson.mapper().readTree(r.body()).get("token").asText();
    }

    /**
     * The same rows (id, type, entity, clock, canonical JSON...) into a bare table, one transaction per batch: the
     * log's table as SQLite holds it (the position its row key, the id unique), without its unit and project indexes.
     */
    private static double rawInsert(Path file, List<Operation> ops, int batchSize) throws Exception {
        OperationCodec codec = new OperationCodec();
        List<String> json = ops.stream().map(codec::toJson).toList();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE operations (position INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE,"
                        + " op_type TEXT NOT NULL, entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, unit_id TEXT NOT NULL,"
                        + " project_id TEXT NOT NULL, hlc TEXT NOT NULL, actor TEXT NOT NULL, device_id TEXT NOT NULL,"
                        + " op_json TEXT NOT NULL, received_at BIGINT NOT NULL)");
            }
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO operations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ops.size(); i++) {
                    Operation op = ops.get(i);
                    ps.setLong(1, i + 1);
                    ps.setString(2, op.id().toString());
                    ps.setString(3, op.type().wireName());
                    ps.setString(4, op.entityKind().name());
                    ps.setString(5, op.entity().toString());
                    ps.setString(6, op.entity().toString());
                    ps.setString(7, "bench-project");
                    ps.setString(8, op.hlc().toString());
                    ps.setString(9, op.actor());
                    ps.setString(10, op.device());
                    ps.setString(11, json.get(i));
                    ps.setLong(12, System.currentTimeMillis());
                    ps.addBatch();
                    if ((i + 1) % batchSize == 0 || i == ops.size() - 1) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
