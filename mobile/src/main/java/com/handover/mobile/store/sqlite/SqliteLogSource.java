package com.handover.mobile.store.sqlite;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The log's operations that count towards state up to one position: what a restored replica reads on demand. */
final class SqliteLogSource implements OperationSource {

    private static final String EFFECTIVE_THROUGH = " FROM operations WHERE seq <= ? AND sync_status <> 'REJECTED'";

    private final SqliteDatabase db;
    private final OperationCodec codec;
    private final long position;

    SqliteLogSource(SqliteDatabase db, OperationCodec codec, long position) {
        this.db = db;
        this.codec = codec;
        this.position = position;
    }

    @Override
    public List<Operation> ofRecord(EntityKey key) {
        List<String> json = db.read(c -> texts(c, "SELECT json" + EFFECTIVE_THROUGH + " AND entity = ? ORDER BY seq",
                position, key.id().toString()));
        return json.stream().map(codec::fromJson).filter(op -> EntityKey.of(op).equals(key)).toList();
    }

    @Override
    public Optional<Operation> byId(UUID id) {
        List<String> json = db.read(c -> texts(c, "SELECT json" + EFFECTIVE_THROUGH + " AND id = ?", position,
                id.toString()));
        return json.stream().map(codec::fromJson).findFirst();
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + EFFECTIVE_THROUGH)) {
                ps.setLong(1, position);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    @Override
    public List<Operation> all() {
        List<String> json = db.read(c -> texts(c, "SELECT json" + EFFECTIVE_THROUGH + " ORDER BY seq", position));
        return json.parallelStream().map(codec::fromJson).toList();
    }

    /** The first column of every row a query gives, its parameters bound in order. */
    static List<String> texts(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }
}
