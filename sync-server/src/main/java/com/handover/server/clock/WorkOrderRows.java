package com.handover.server.clock;

import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads work orders from the materialised {@code work_orders} table (columns only; no JSON is parsed). */
public final class WorkOrderRows {

    private static final String COLUMNS = "id, unit_id, project_id, status, source, complaint_id, contractor_id,"
            + " assignee, severity, emergency, warranty_category, estimated_cost_fen, actual_cost_fen, self_repair,"
            + " reported_at_ms, arrived_at_ms, completed_at_ms, settled_period, satisfaction";

    private WorkOrderRows() {
    }

    /** Orders whose clocks still run (not confirmed, settled or void). */
    public static List<WorkOrderRow> open(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM work_orders WHERE status NOT IN ('CONFIRMED', 'SETTLED', 'VOID')",
                WorkOrderRows::row);
    }

    /** Every order reported or completed in [from, to) (reported_at or completed_at inside). */
    public static List<WorkOrderRow> touching(Connection c, Instant from, Instant to) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM work_orders WHERE (reported_at_ms >= ? AND reported_at_ms < ?)"
                + " OR (completed_at_ms >= ? AND completed_at_ms < ?)", WorkOrderRows::row,
                from.toEpochMilli(), to.toEpochMilli(), from.toEpochMilli(), to.toEpochMilli());
    }

    public static List<WorkOrderRow> all(Connection c) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM work_orders", WorkOrderRows::row);
    }

    public static Optional<WorkOrderRow> byId(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM work_orders WHERE id = ?", WorkOrderRows::row, id);
    }

    public static List<WorkOrderRow> byIds(Connection c, List<UUID> ids) throws SQLException {
        List<WorkOrderRow> out = new ArrayList<>();
        for (List<UUID> chunk : Sql.chunks(ids)) {
            out.addAll(Sql.query(c, "SELECT " + COLUMNS + " FROM work_orders WHERE id IN ("
                    + Sql.placeholders(chunk.size()) + ")", WorkOrderRows::row, chunk.toArray()));
        }
        return out;
    }

    static WorkOrderRow row(ResultSet rs) throws SQLException {
        return new WorkOrderRow(Sql.uuid(rs, "id"), Sql.uuid(rs, "unit_id"), Sql.uuid(rs, "project_id"),
                WorkOrderStatus.valueOf(rs.getString("status")), WorkOrderSource.valueOf(rs.getString("source")),
                Sql.uuid(rs, "complaint_id"), Sql.uuid(rs, "contractor_id"), rs.getString("assignee"),
                Severity.valueOf(rs.getString("severity")), rs.getInt("emergency") != 0,
                rs.getString("warranty_category"), rs.getLong("estimated_cost_fen"),
                Sql.nullableLong(rs, "actual_cost_fen"), rs.getInt("self_repair") != 0,
                instant(rs, "reported_at_ms"), instant(rs, "arrived_at_ms"), instant(rs, "completed_at_ms"),
                rs.getString("settled_period"), nullableInt(rs, "satisfaction"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long ms = Sql.nullableLong(rs, column);
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
