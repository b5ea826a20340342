package com.handover.mobile.store.sqlite;

import com.handover.mobile.store.OperationLog;
import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.store.RejectedOperation;
import com.handover.mobile.store.Snapshot;
import com.handover.mobile.store.StoreException;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** The operation log and outbox in SQLite. */
public final class SqliteOperationLog implements OperationLog {

    private final SqliteDatabase db;
    /** What the log reads back is held by the replica as it folds it. */
    private final OperationCodec codec = OperationCodec.forReplica();
    private final PulledPageWriter pages = new PulledPageWriter(codec);

    public SqliteOperationLog(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void appendLocal(List<Operation> ops) {
        List<String> json = ops.stream().map(codec::toJson).toList();
        db.inTransaction(c -> {
            for (int i = 0; i < ops.size(); i++) {
                appendLocal(c, ops.get(i), json.get(i));
            }
            return null;
        });
    }

    private void appendLocal(Connection c, Operation op, String json) throws SQLException {
        long seq = insert(c, op, json, "LOCAL", "PENDING", null);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (op_seq, op_id) VALUES (?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, op.id().toString());
            ps.executeUpdate();
        }
        SqliteClockStore.saveIfLater(c, op.hlc());
        for (String sha : op.payload().namedPhotos()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE photos SET referenced = 1, upload_state ="
                    + " CASE upload_state WHEN 'LOCAL' THEN 'PENDING' ELSE upload_state END WHERE sha = ?")) {
                ps.setString(1, sha);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public List<Operation> appendPulled(List<PulledOperation> page, String nextCursor, Hlc serverClock) {
        return db.inRefetchableTransaction(c -> {
            List<Operation> fresh = pages.write(c, page);
            Settings.put(c, Settings.CURSOR, nextCursor);
            if (serverClock != null) {
                SqliteClockStore.saveIfLater(c, serverClock);
            }
            return fresh;
        });
    }

    @Override
    public Installed install(Snapshot snapshot) throws IOException {
        try {
            return db.inBulkTransaction(c -> {
                List<Operation> fresh = new ArrayList<>();
                Snapshot.End end = readInto(snapshot, page -> {
                    try {
                        fresh.addAll(pages.write(c, page));
                    } catch (SQLException e) {
                        throw new StoreException("a snapshot page could not be stored", e);
                    }
                });
                Settings.put(c, Settings.CURSOR, end.nextCursor());
                if (end.serverClock() != null) {
                    SqliteClockStore.saveIfLater(c, end.serverClock());
                }
                return new Installed(fresh, end);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Snapshot.End readInto(Snapshot snapshot, Consumer<List<PulledOperation>> pages) {
        try {
            return snapshot.read(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Tail effectiveOperationsAfter(long position) {
        long[] last = {0};
        List<String> json = db.read(c -> {
            last[0] = lastPosition(c);
            return SqliteLogSource.texts(c, "SELECT json FROM operations WHERE seq > ? AND sync_status <> 'REJECTED'"
                    + " ORDER BY seq", position);
        });
        // Decoding is most of folding a whole log; it needs no database, so it runs on every core.
        return new Tail(json.parallelStream().map(codec::fromJson).toList(), last[0]);
    }

    @Override
    public long lastPosition() {
        return db.read(SqliteOperationLog::lastPosition);
    }

    private static long lastPosition(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM operations");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public OperationSource through(long position) {
        return new SqliteLogSource(db, codec, position);
    }

    @Override
    public List<OutboxEntry> outbox(int limit) {
        return db.read(c -> {
            List<OutboxEntry> ops = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.json FROM outbox x JOIN operations o"
                    + " ON o.seq = x.op_seq ORDER BY x.op_seq LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        byte[] json = rs.getBytes(1);
                        ops.add(new OutboxEntry(codec.fromJson(json, 0, json.length), json));
                    }
                }
            }
            return ops;
        });
    }

    @Override
    public void markConfirmed(Map<UUID, Long> positions, Hlc serverClock) {
        db.inRefetchableTransaction(c -> {
            confirm(c, positions);
            if (serverClock != null) {
                SqliteClockStore.saveIfLater(c, serverClock);
            }
            return null;
        });
    }

    @Override
    public void markRejected(UUID id, String code, String message) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE operations SET sync_status = 'REJECTED',"
                    + " reject_code = ?, reject_message = ? WHERE id = ? AND sync_status = 'PENDING'")) {
                ps.setString(1, code);
                ps.setString(2, message);
                ps.setString(3, id.toString());
                ps.executeUpdate();
            }
            deleteOutbox(c, id);
            SqliteFoldStore.forget(c);
            return null;
        });
    }

    @Override
    public int pendingCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public List<RejectedOperation> rejected() {
        return db.read(c -> {
            List<RejectedOperation> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT json, reject_code, reject_message FROM operations"
                    + " WHERE sync_status = 'REJECTED' ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RejectedOperation(codec.fromJson(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        });
    }

    @Override
    public Optional<String> cursor() {
        return db.read(c -> Settings.get(c, Settings.CURSOR));
    }

    private static long insert(Connection c, Operation op, String json, String origin, String status, Long position)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO operations (id, entity, type, hlc, json, origin,"
                + " sync_status, server_position) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq")) {
            ps.setString(1, op.id().toString());
            ps.setString(2, op.entity().toString());
            ps.setString(3, op.type().wireName());
            ps.setString(4, op.hlc().toString());
            ps.setString(5, json);
            ps.setString(6, origin);
            ps.setString(7, status);
            if (position == null) {
                ps.setNull(8, Types.INTEGER);
            } else {
                ps.setLong(8, position);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Each statement prepared once for the whole answer: a push confirms up to 500 operations. */
    private static void confirm(Connection c, Map<UUID, Long> positions) throws SQLException {
        try (PreparedStatement synced = c.prepareStatement("UPDATE operations SET sync_status = 'SYNCED',"
                + " server_position = coalesce(?, server_position) WHERE id = ? AND sync_status = 'PENDING'");
             PreparedStatement sent = c.prepareStatement("DELETE FROM outbox WHERE op_id = ?")) {
            for (var e : positions.entrySet()) {
                String id = e.getKey().toString();
                if (e.getValue() == null) {
                    synced.setNull(1, Types.INTEGER);
                } else {
                    synced.setLong(1, e.getValue());
                }
                synced.setString(2, id);
                synced.executeUpdate();
                sent.setString(1, id);
                sent.executeUpdate();
            }
        }
    }

    private static void deleteOutbox(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE op_id = ?")) {
            ps.setString(1, id.toString());
            ps.executeUpdate();
        }
    }
}
