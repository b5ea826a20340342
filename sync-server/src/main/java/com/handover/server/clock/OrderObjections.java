package com.handover.server.clock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.handover.model.json.ModelJson;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The contractors' objections (异议) on work orders, read from the orders' folded state. */
public final class OrderObjections {

    private OrderObjections() {
    }

    /** Order id → its objection, for those of {@code ids} that have one. */
    public static Map<UUID, WorkOrderState.Objection> of(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, WorkOrderState.Objection> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(List.copyOf(ids))) {
            for (var row : Sql.query(c, "SELECT id, state_json FROM work_orders WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> Map.entry(Sql.uuid(rs, "id"), rs.getString(2)),
                    chunk.toArray())) {
                WorkOrderState.Objection o = state(row.getValue()).objection();
                if (o != null) {
                    out.put(row.getKey(), o);
                }
            }
        }
        return out;
    }

    private static WorkOrderState state(String json) throws SQLException {
        try {
            return ModelJson.mapper().readValue(json, WorkOrderState.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored work order is not readable", e);
        }
    }
}
