package com.handover.server.office.repair.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.handover.model.json.ModelJson;
import com.handover.model.sync.state.ComplaintState;
import com.handover.server.office.disputes.ComplaintFilter;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.store.Database;
import com.handover.server.store.ReadModel;
import com.handover.server.store.jdbc.Sql;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the intake pages read: buildings to pick from, units by number, and the complaints taken. */
@ReadModel
public final class IntakeQueries {

    /** Most units a search lists; most complaints the intake page lists. */
    public static final int MAX_MATCHES = 20;
    public static final int MAX_COMPLAINTS = 100;

    public record BuildingChoice(UUID id, String label) {
    }

    public record UnitMatch(UUID id, String building, String number, int floor, String ownerName) {
    }

    /** A complaint with its unit and the work order taken from it, if any. */
    public record ComplaintEntry(ComplaintState complaint, String unitLabel, WorkOrderRow workOrder) {
    }

    private final Database db;

    public IntakeQueries(Database db) {
        this.db = db;
    }

    public List<BuildingChoice> buildings() {
        return db.read(c -> Sql.query(c, "SELECT b.id, p.name, b.name FROM buildings b JOIN projects p ON p.id = b.project_id"
                + " ORDER BY p.name, b.name", rs -> new BuildingChoice(UUID.fromString(rs.getString(1)),
                rs.getString(2) + " · " + rs.getString(3))));
    }

    /** Units of a building whose number contains {@code number} (the whole building when it is empty). */
    public List<UnitMatch> findUnits(UUID buildingId, String number) {
        String pattern = "%" + (number == null ? "" : number.replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_")) + "%";
        return db.read(c -> Sql.query(c, "SELECT u.id, b.name, u.number, u.floor, u.owner_name FROM units u"
                        + " JOIN buildings b ON b.id = u.building_id WHERE u.building_id = ? AND u.number LIKE ? ESCAPE '\\'"
                        + " ORDER BY u.floor, u.number LIMIT ?",
                rs -> new UnitMatch(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5)), buildingId, pattern, MAX_MATCHES));
    }

    /** Complaints not yet closed first (oldest first), then the latest closed ones. */
    public List<ComplaintEntry> complaints() {
        return complaints(ComplaintFilter.NONE);
    }

    /**
     * The complaints the filter lets through, in the list's order, at most {@link #MAX_COMPLAINTS}. The handling,
     * escalation and validity live in the folded state, so a filtered list reads every complaint's state.
     */
    public List<ComplaintEntry> complaints(ComplaintFilter filter) {
        return db.read(c -> {
            List<Object[]> rows = Sql.query(c, "SELECT k.state_json, b.name, u.number, (SELECT w.id FROM work_orders w"
                            + " WHERE w.complaint_id = k.id AND w.status <> 'VOID' ORDER BY w.reported_at_ms LIMIT 1)"
                            + " FROM complaints k JOIN units u ON u.id = k.unit_id JOIN buildings b ON b.id = u.building_id"
                            + " ORDER BY CASE WHEN k.status = 'CLOSED' THEN 1 ELSE 0 END,"
                            + " CASE WHEN k.status = 'CLOSED' THEN -k.received_at_ms ELSE k.received_at_ms END LIMIT ?",
                    rs -> new Object[] {rs.getString(1), rs.getString(2) + " " + rs.getString(3), rs.getString(4)},
                    filter.isNone() ? MAX_COMPLAINTS : Integer.MAX_VALUE);
            if (!filter.isNone()) {
                List<Object[]> kept = new ArrayList<>();
                for (Object[] r : rows) {
                    if (kept.size() < MAX_COMPLAINTS && filter.matches(state((String) r[0]))) {
                        kept.add(r);
                    }
                }
                rows = kept;
            }
            List<UUID> orderIds = rows.stream().filter(r -> r[2] != null).map(r -> UUID.fromString((String) r[2])).toList();
            Map<UUID, WorkOrderRow> orders = new HashMap<>();
            WorkOrderRows.byIds(c, orderIds).forEach(w -> orders.put(w.id(), w));
            List<ComplaintEntry> out = new ArrayList<>();
            for (Object[] r : rows) {
                WorkOrderRow wo = r[2] == null ? null : orders.get(UUID.fromString((String) r[2]));
                out.add(new ComplaintEntry(state((String) r[0]), (String) r[1], wo));
            }
            return out;
        });
    }

    public Optional<ComplaintEntry> complaint(UUID id) {
        return db.read(c -> {
            Optional<Object[]> row = Sql.queryOne(c, "SELECT k.state_json, b.name, u.number, (SELECT w.id FROM work_orders w"
                            + " WHERE w.complaint_id = k.id AND w.status <> 'VOID' ORDER BY w.reported_at_ms LIMIT 1)"
                            + " FROM complaints k JOIN units u ON u.id = k.unit_id JOIN buildings b ON b.id = u.building_id"
                            + " WHERE k.id = ?",
                    rs -> new Object[] {rs.getString(1), rs.getString(2) + " " + rs.getString(3), rs.getString(4)}, id);
            if (row.isEmpty()) {
                return Optional.<ComplaintEntry>empty();
            }
            Object[] r = row.get();
            WorkOrderRow wo = r[2] == null ? null : WorkOrderRows.byId(c, UUID.fromString((String) r[2])).orElse(null);
            return Optional.of(new ComplaintEntry(state((String) r[0]), (String) r[1], wo));
        });
    }

    private static ComplaintState state(String json) throws SQLException {
        try {
            return ModelJson.mapper().readValue(json, ComplaintState.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored complaint is not readable", e);
        }
    }
}
