package com.handover.mobile.store.sqlite;

import com.handover.mobile.store.PulledOperation;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a pulled page inside the caller's transaction with one statement batch: {@code INSERT OR IGNORE} keyed
 * by operation id, so no operation is looked up first. The batch's update counts tell which operations were new;
 * the few already held are own operations coming back (confirmed here) or repeats (left as they are).
 */
final class PulledPageWriter {

    private static final String INSERT = "INSERT OR IGNORE INTO operations (id, entity, type, hlc, json, origin,"
            + " sync_status, server_position) VALUES (?, ?, ?, ?, ?, 'PULLED', 'SYNCED', ?)";
    private static final String CONFIRM = "UPDATE operations SET sync_status = 'SYNCED', server_position = ?"
            + " WHERE id = ? AND sync_status = 'PENDING'";
    private static final String UNQUEUE = "DELETE FROM outbox WHERE op_id = ?";

    private final OperationCodec codec;

    PulledPageWriter(OperationCodec codec) {
        this.codec = codec;
    }

    /** @return the operations that were new to this device, in page order */
    List<Operation> write(Connection c, List<PulledOperation> page) throws SQLException {
        if (page.isEmpty()) {
            return List.of();
        }
        int[] counts;
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (PulledOperation pulled : page) {
                Operation op = pulled.operation();
                ps.setString(1, op.id().toString());
                ps.setString(2, op.entity().toString());
                ps.setString(3, op.type().wireName());
                ps.setString(4, op.hlc().toString());
                ps.setString(5, pulled.json() != null ? pulled.json() : codec.toJson(op));
                ps.setLong(6, pulled.position());
                ps.addBatch();
            }
            counts = ps.executeBatch();
        }
        List<Operation> fresh = new ArrayList<>(page.size());
        List<PulledOperation> held = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (counts[i] > 0) {
                fresh.add(page.get(i).operation());
            } else {
                held.add(page.get(i));
            }
        }
        confirmOwn(c, held);
        return fresh;
    }

    /** Own operations the server stored although its answer to the push never arrived. */
    private static void confirmOwn(Connection c, List<PulledOperation> held) throws SQLException {
        if (held.isEmpty()) {
            return;
        }
        try (PreparedStatement confirm = c.prepareStatement(CONFIRM);
             PreparedStatement unqueue = c.prepareStatement(UNQUEUE)) {
            for (PulledOperation pulled : held) {
                String id = pulled.operation().id().toString();
                confirm.setLong(1, pulled.position());
                confirm.setString(2, id);
                confirm.addBatch();
                unqueue.setString(1, id);
                unqueue.addBatch();
            }
            confirm.executeBatch();
            unqueue.executeBatch();
        }
    }
}
