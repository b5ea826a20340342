package com.handover.server.office.query;

import com.handover.model.sync.EntityKind;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An inspection as materialised, its defects, and the conflicts and refused operations on them. */
public final class InspectionQueries {

    /** Most conflicts or refused operations listed for one inspection. */
    public static final int MAX_LISTED = 500;

    public record InspectionRecord(UUID id, UUID unitId, UUID projectId, String status, String contentHash,
                                   Long signedAtMillis, InspectionState state) {
    }

    /** Two concurrent writes to one field: the one in effect and the one it replaced, both decoded. */
    public record ConflictPair(EntityKind kind, UUID entity, String field, OpView winner, OpView loser) {
    }

    /** An operation that did not take effect (outside the signed record, refused by a rule, replaced). */
    public record OutcomeRow(UUID opId, EntityKind kind, UUID entity, String outcome, String rule, OpView op) {
    }

    public Optional<InspectionRecord> inspection(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT id, unit_id, project_id, status, content_hash, signed_at_ms, state_json"
                + " FROM inspections WHERE id = ?", rs -> new InspectionRecord(Sql.uuid(rs, "id"),
                Sql.uuid(rs, "unit_id"), Sql.uuid(rs, "project_id"), rs.getString(4), rs.getString(5),
                Sql.nullableLong(rs, "signed_at_ms"), Json.read(rs.getString(7), InspectionState.class)), id);
    }

    public List<DefectState> defectsOf(Connection c, UUID inspectionId) throws SQLException {
        return Sql.query(c, "SELECT state_json FROM defects WHERE inspection_id = ? ORDER BY opened_hlc",
                rs -> Json.read(rs.getString(1), DefectState.class), inspectionId);
    }

    public List<ConflictPair> conflicts(Connection c, Collection<UUID> entities) throws SQLException {
        record Row(EntityKind kind, UUID entity, String field, UUID winner, UUID loser) {
        }
        List<Row> rows = new ArrayList<>();
        for (List<UUID> chunk : Sql.chunks(entities)) {
            rows.addAll(Sql.query(c, "SELECT entity_kind, entity_id, field, winner_op, loser_op FROM conflicts"
                    + " WHERE entity_id IN (" + Sql.placeholders(chunk.size()) + ") ORDER BY entity_id, field",
                    rs -> new Row(EntityKind.valueOf(rs.getString(1)), Sql.uuid(rs, "entity_id"), rs.getString(3),
                            Sql.uuid(rs, "winner_op"), Sql.uuid(rs, "loser_op")), chunk.toArray()));
        }
        rows = rows.subList(0, Math.min(rows.size(), MAX_LISTED));
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.winner());
            ids.add(r.loser());
        });
        Map<UUID, OpView> ops = OpLookup.views(c, ids);
        List<ConflictPair> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new ConflictPair(r.kind(), r.entity(), r.field(), ops.get(r.winner()), ops.get(r.loser())));
        }
        return out;
    }

    /** Operations on the records that did not simply take effect, except those later replaced in the normal way. */
    public List<OutcomeRow> notApplied(Connection c, Collection<UUID> entities) throws SQLException {
        record Row(UUID op, EntityKind kind, UUID entity, String outcome, String rule) {
        }
        List<Row> rows = new ArrayList<>();
        for (List<UUID> chunk : Sql.chunks(entities)) {
            rows.addAll(Sql.query(c, "SELECT op_id, entity_kind, entity_id, outcome, rule FROM op_outcomes"
                    + " WHERE outcome <> 'SUPERSEDED' AND entity_id IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> new Row(Sql.uuid(rs, "op_id"), EntityKind.valueOf(rs.getString(2)), Sql.uuid(rs, "entity_id"),
                            rs.getString(4), rs.getString(5)), chunk.toArray()));
        }
        rows = rows.subList(0, Math.min(rows.size(), MAX_LISTED));
        Map<UUID, OpView> ops = OpLookup.views(c, rows.stream().map(Row::op).toList());
        List<OutcomeRow> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new OutcomeRow(r.op(), r.kind(), r.entity(), r.outcome(), r.rule(), ops.get(r.op())));
        }
        out.sort((a, b) -> {
            if (a.op() == null || b.op() == null || a.op().hlc() == null || b.op().hlc() == null) {
                return 0;
            }
            return a.op().hlc().compareTo(b.op().hlc());
        });
        return out;
    }

    /** Inspections of a unit, oldest first. */
    public List<InspectionRecord> ofUnit(Connection c, UUID unitId) throws SQLException {
        return Sql.query(c, "SELECT id, unit_id, project_id, status, content_hash, signed_at_ms, state_json"
                + " FROM inspections WHERE unit_id = ? ORDER BY started_hlc", rs -> new InspectionRecord(
                Sql.uuid(rs, "id"), Sql.uuid(rs, "unit_id"), Sql.uuid(rs, "project_id"), rs.getString(4),
                rs.getString(5), Sql.nullableLong(rs, "signed_at_ms"), Json.read(rs.getString(7), InspectionState.class)),
                unitId);
    }
}
