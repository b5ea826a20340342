package com.handover.server.office.query;

import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads stored operations by id, straight from the log, decoded for display. */
public final class OpLookup {

    private OpLookup() {
    }

    public static Map<UUID, OpView> views(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, OpView> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(ids)) {
            for (var row : Sql.query(c, "SELECT op_id, op_json FROM operations WHERE op_id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> Map.entry(Sql.uuid(rs, "op_id"), rs.getString(2)),
                    chunk.toArray())) {
                out.put(row.getKey(), OpView.of(row.getKey(), row.getValue()));
            }
        }
        return out;
    }
}
