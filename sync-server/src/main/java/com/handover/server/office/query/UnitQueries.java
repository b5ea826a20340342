package com.handover.server.office.query;

import com.handover.model.Severity;
import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A unit's inspections, defects, work orders and complaints, and its handover date. */
public final class UnitQueries {

    public record InspectionLine(UUID id, String kind, String status, String decision, Long signedAt, int failed,
                                 int outsideSigned) {
    }

    public Map<UUID, String> contractorNames(Connection c) throws SQLException {
        Map<UUID, String> out = new HashMap<>();
        Sql.query(c, "SELECT id, name FROM contractors", rs -> Map.entry(Sql.uuid(rs, "id"), rs.getString(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public List<InspectionLine> inspections(Connection c, UUID unitId) throws SQLException {
        return Sql.query(c, "SELECT id, kind, status, decision, signed_at_ms, failed_count, outside_signed_count"
                + " FROM inspections WHERE unit_id = ? ORDER BY started_hlc DESC", rs -> new InspectionLine(
                Sql.uuid(rs, "id"), rs.getString(2), rs.getString(3), rs.getString(4), Sql.nullableLong(rs, "signed_at_ms"),
                rs.getInt(6), rs.getInt(7)), unitId);
    }

    public List<DefectState> defects(Connection c, UUID unitId) throws SQLException {
        return Sql.query(c, "SELECT state_json FROM defects WHERE unit_id = ? ORDER BY opened_hlc DESC",
                rs -> Json.read(rs.getString(1), DefectState.class), unitId);
    }

    public List<WorkOrderState> workOrders(Connection c, UUID unitId) throws SQLException {
        return Sql.query(c, "SELECT state_json FROM work_orders WHERE unit_id = ? ORDER BY created_hlc DESC",
                rs -> Json.read(rs.getString(1), WorkOrderState.class), unitId);
    }

    public List<ComplaintState> complaints(Connection c, UUID unitId) throws SQLException {
        return Sql.query(c, "SELECT state_json FROM complaints WHERE unit_id = ? ORDER BY received_at_ms DESC",
                rs -> Json.read(rs.getString(1), ComplaintState.class), unitId);
    }

    public static String severityChip(Severity s) {
        return switch (s) {
            case EMERGENCY -> "chip-bad";
            case COMPLEX -> "chip-warn";
            case NORMAL -> "chip-info";
            case MINOR -> "chip-idle";
        };
    }
}
