package com.handover.server.setup.bench;

import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Unit;
import com.handover.server.HandoverServer;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.setup.imports.ImportPlan;
import com.handover.server.setup.imports.ProjectImport;
import com.handover.server.setup.imports.XlsxImportReader;
import com.handover.server.setup.imports.ImportCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * {@code java -cp handover-server.jar com.handover.server.setup.bench.ImportBenchmark [units]}: imports a
 * generated workbook of 10,000 units (or the given number) into an empty SQLite server and prints the time of
 * each step, then inserts the same unit rows into a bare SQLite table in one batched transaction, for a
 * same-run ratio.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        byte[] file = LargeProject.workbook(units).xlsx();
        System.out.printf("workbook: %,d units, %,d bytes%n", units, file.length);
        for (int round = 1; round <= 3; round++) {
            Path dir = Files.createTempDirectory("handover-import-bench");
            ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, null, "bench", false, Limits.defaults());
            try (HandoverServer server = HandoverServer.builder(config).start()) {
                ProjectImport imports = new ProjectImport(server.components(), BundledChecklists.catalog().vocabulary());
                long t0 = System.nanoTime();
                ImportPlan plan = new ImportCheck(BundledChecklists.catalog().vocabulary())
                        .check(XlsxImportReader.read(file));
                long t1 = System.nanoTime();
                imports.apply(plan);
                long t2 = System.nanoTime();
                long raw = rawInsert(dir.resolve("raw.db"), plan);
                System.out.printf("round %d: read+check %,d ms, write %,d ms, whole import %,d ms;"
                                + " raw SQLite insert of the same units %,d ms; import/raw = %.1f%n", round,
                        ms(t1 - t0), ms(t2 - t1), ms(t2 - t0), ms(raw), (double) (t2 - t0) / raw);
            }
        }
    }

    private static long rawInsert(Path file, ImportPlan plan) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE units (id TEXT PRIMARY KEY, project_id TEXT, building_id TEXT, number TEXT,"
                        + " floor INTEGER, delivery_standard TEXT, unit_type_id TEXT, owner_name TEXT, owner_phone TEXT)");
            }
            long t0 = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO units VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Unit u : plan.units()) {
                    ps.setString(1, u.id().toString());
                    ps.setString(2, u.projectId().toString());
                    ps.setString(3, u.buildingId().toString());
                    ps.setString(4, u.number());
                    ps.setInt(5, u.floor());
                    ps.setString(6, u.deliveryStandard().name());
                    ps.setString(7, u.unitTypeId().toString());
                    ps.setString(8, u.ownerName());
                    ps.setString(9, u.ownerPhone());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return System.nanoTime() - t0;
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
