package com.handover.mobile.bench;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.testing.ReplicaSchemas;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

/**
 * What the app's first opening after an update costs a full replica: a file written by the schema before the
 * operations table was made anew (version 5), holding the given operations as pulled, opened by this version.
 */
final class ReplicaUpgrade {

    /** The schema version whose operations table the current version makes anew. */
    static final int FROM_VERSION = 5;

    record Figures(double seconds, long fileBytes) {
    }

    private ReplicaUpgrade() {
    }

    static Figures open(Path file, List<Operation> ops) throws Exception {
        OperationCodec codec = new OperationCodec();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA page_size=" + SqliteDatabase.PAGE_SIZE);
            }
            ReplicaSchemas.writeUpTo(c, FROM_VERSION);
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO operations (id, entity, type, hlc, json,"
                    + " origin, sync_status, server_position) VALUES (?, ?, ?, ?, ?, 'PULLED', 'SYNCED', ?)")) {
                for (int i = 0; i < ops.size(); i++) {
                    RawInsert.bindRow(ps, ops.get(i), codec.toJson(ops.get(i)));
                    ps.setLong(6, i + 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
        }
        long fileBytes = Files.size(file);
        long start = System.nanoTime();
        try (SqliteDatabase upgraded = SqliteDatabase.open(file)) {
            return new Figures((System.nanoTime() - start) / 1e9, fileBytes);
        }
    }
}
