package com.handover.mobile.store.sqlite;

import com.handover.mobile.store.FoldStore;
import com.handover.model.json.FoldedRecordCodec;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.FoldedRecord;
import com.handover.model.sync.ReplicaState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The replica's folded records in SQLite, one row a record, with their position and fold version in settings. */
public final class SqliteFoldStore implements FoldStore {

    private final SqliteDatabase db;
    private final FoldedRecordCodec codec = new FoldedRecordCodec();

    public SqliteFoldStore(SqliteDatabase db) {
        this.db = db;
    }

    /** Makes the stored folds invalid, inside the caller's transaction (an own operation was refused). */
    static void forget(Connection c) throws SQLException {
        Settings.put(c, Settings.FOLD_POSITION, null);
    }

    @Override
    public Optional<StoredFold> load() {
        record Row(EntityKey key, byte[] data) {
        }
        long[] position = {-1};
        List<Row> rows = db.read(c -> {
            Optional<String> at = Settings.get(c, Settings.FOLD_POSITION);
            if (at.isEmpty() || !String.valueOf(ReplicaState.FOLD_VERSION).equals(
                    Settings.get(c, Settings.FOLD_VERSION).orElse(null))) {
                return null;
            }
            position[0] = Long.parseLong(at.get());
            List<Row> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT kind, id, data FROM fold_records")) {
                while (rs.next()) {
                    out.add(new Row(new EntityKey(EntityKind.valueOf(rs.getString(1)), UUID.fromString(rs.getString(2))),
                            rs.getBytes(3)));
                }
            }
            return out;
        });
        if (rows == null) {
            return Optional.empty();
        }
        try {
            // Decoding is most of opening on stored folds; it needs no database, so it runs on every core.
            List<FoldedRecord> records = rows.parallelStream().map(r -> codec.decode(r.key(), r.data())).toList();
            return Optional.of(new StoredFold(records, position[0]));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    @Override
    public void save(Collection<FoldedRecord> records, long position, boolean replaceAll) {
        // After a first sync this is every record of the scope; encoding needs no database, so it runs on every core.
        // A round's save holds the few records its team touched: a parallel stream costs more than it saves there.
        List<byte[]> data = (replaceAll ? records.parallelStream() : records.stream()).map(codec::encode).toList();
        SqliteDatabase.SqlWork<Void> write = c -> {
            if (replaceAll) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM fold_records");
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO fold_records (kind, id, data) VALUES (?, ?, ?)")) {
                int i = 0;
                for (FoldedRecord r : records) {
                    ps.setString(1, r.key().kind().name());
                    ps.setString(2, r.key().id().toString());
                    ps.setBytes(3, data.get(i++));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            Settings.put(c, Settings.FOLD_POSITION, Long.toString(position));
            Settings.put(c, Settings.FOLD_VERSION, Integer.toString(ReplicaState.FOLD_VERSION));
            return null;
        };
        if (replaceAll) {
            // Every record of the scope (12 MB for 1,000 units after a first sync): written once, into the file,
            // as the snapshot's operations were, not into the log and then again by its checkpoint.
            db.inBulkTransaction(write);
        } else {
            db.inRefetchableTransaction(write);
        }
    }
}
