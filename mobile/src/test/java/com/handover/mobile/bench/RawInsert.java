package com.handover.mobile.bench;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The yardstick for the device's figures: the same rows (id, record, type, clock, canonical JSON) inserted into a
 * bare SQLite table with a unique id, in one transaction, with the device's durability settings (WAL, FULL), on
 * SQLite's default pages or on pages of a given size.
 */
final class RawInsert {

    private RawInsert() {
    }

    /** SQLite's own page size, which the yardstick uses unless told otherwise. */
    static final int DEFAULT_PAGE_SIZE = 4096;

    /** @return seconds for the insert and its commit (the JSON is encoded beforehand, outside the timing) */
    static double oneTransaction(Path file, List<Operation> ops) throws Exception {
        return oneTransaction(file, ops, DEFAULT_PAGE_SIZE);
    }

    static double oneTransaction(Path file, List<Operation> ops, int pageSize) throws Exception {
        OperationCodec codec = new OperationCodec();
        List<String> json = ops.stream().map(codec::toJson).toList();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA page_size=" + pageSize);
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE operations (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                        + " entity TEXT NOT NULL, type TEXT NOT NULL, hlc TEXT NOT NULL, json TEXT NOT NULL)");
            }
            long start = System.nanoTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO operations (id, entity, type, hlc, json) VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < ops.size(); i++) {
                    bindRow(ps, ops.get(i), json.get(i));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** Sets the row's first five parameters: id, record, type, clock and canonical JSON, in that order. */
    static void bindRow(PreparedStatement ps, Operation op, String json) throws SQLException {
        ps.setString(1, op.id().toString());
        ps.setString(2, op.entity().toString());
        ps.setString(3, op.type().wireName());
        ps.setString(4, op.hlc().toString());
        ps.setString(5, json);
    }
}
