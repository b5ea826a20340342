package com.handover.systemtest.bench;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Puts a device into the state it would reach after recording a whole project offline: every operation in its log
 * and outbox, every photo file in its folder waiting to be uploaded. Written in bulk (the app records one action
 * per transaction) because the benchmark measures the sync that follows, not the months of recording before it.
 */
public final class DevicePreload {

    private DevicePreload() {
    }

    public static void write(Path folder, String deviceId, List<Operation> ops, Map<String, byte[]> photos) {
        Path db = folder.resolve("replica.db");
        SqliteDatabase.open(db).close(); // the app's own schema
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO settings (key, value) VALUES ('device.id', '" + deviceId + "')");
            }
            pendingOperations(c, ops);
            pendingPhotos(c, Files.createDirectories(folder.resolve("photos")), photos);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("could not preload the device", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each operation in the log as the device's own, not yet sent, and in the outbox. */
    private static void pendingOperations(Connection c, List<Operation> ops) throws SQLException {
        OperationCodec codec = new OperationCodec();
        try (PreparedStatement op = c.prepareStatement("INSERT INTO operations (seq, id, entity, type, hlc, json,"
                + " origin, sync_status) VALUES (?, ?, ?, ?, ?, ?, 'LOCAL', 'PENDING')");
             PreparedStatement out = c.prepareStatement("INSERT INTO outbox (op_seq, op_id) VALUES (?, ?)")) {
            long seq = 0;
            for (Operation o : ops) {
                seq++;
                op.setLong(1, seq);
                op.setString(2, o.id().toString());
                op.setString(3, o.entity().toString());
                op.setString(4, o.type().wireName());
                op.setString(5, o.hlc().toString());
                op.setString(6, codec.toJson(o));
                op.addBatch();
                out.setLong(1, seq);
                out.setString(2, o.id().toString());
                out.addBatch();
                if (seq % 5000 == 0) {
                    op.executeBatch();
                    out.executeBatch();
                }
            }
            op.executeBatch();
            out.executeBatch();
        }
    }

    /** Each photo's file in the device's folder, waiting to be uploaded. */
    private static void pendingPhotos(Connection c, Path photoDir, Map<String, byte[]> photos)
            throws SQLException, IOException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO photos (sha, size, media_type, stored_at,"
                + " referenced, upload_state) VALUES (?, ?, 'image/jpeg', '2026-09-01T00:00:00Z', 1, 'PENDING')")) {
            for (var e : photos.entrySet()) {
                Files.write(photoDir.resolve(e.getKey() + ".img"), e.getValue());
                ps.setString(1, e.getKey());
                ps.setLong(2, e.getValue().length);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The machine's limit for comparison: the same operations inserted into a table of the server's shape in one
     * batched SQLite transaction. Returns the milliseconds it took.
     */
    public static long rawInsertMillis(Path file, List<Operation> ops) {
        OperationCodec codec = new OperationCodec();
        List<String> json = ops.stream().map(codec::toJson).toList();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("CREATE TABLE operations (position BIGINT PRIMARY KEY, op_id TEXT NOT NULL UNIQUE,"
                        + " op_type TEXT NOT NULL, entity_id TEXT NOT NULL, hlc TEXT NOT NULL, op_json TEXT NOT NULL)");
                s.execute("CREATE INDEX operations_entity ON operations (entity_id)");
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO operations (position, op_id, op_type, entity_id, hlc, op_json) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ops.size(); i++) {
                    Operation o = ops.get(i);
                    ps.setLong(1, i + 1);
                    ps.setString(2, o.id().toString());
                    ps.setString(3, o.type().wireName());
                    ps.setString(4, o.entity().toString());
                    ps.setString(5, o.hlc().toString());
                    ps.setString(6, json.get(i));
                    ps.addBatch();
                    if ((i + 1) % 5000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - start) / 1_000_000;
        } catch (SQLException e) {
            throw new IllegalStateException("raw insert failed", e);
        }
    }
}
