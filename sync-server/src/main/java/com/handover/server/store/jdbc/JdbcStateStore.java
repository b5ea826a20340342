package com.handover.server.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.handover.model.json.ModelJson;
import com.handover.model.sync.Conflict;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OpOutcome;
import com.handover.model.sync.Operation;
import com.handover.model.sync.ReplicaSnapshot;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.model.InspectionStatus;
import com.handover.model.ItemResult;
import com.handover.server.store.Dialect;
import com.handover.server.store.StateStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

public final class JdbcStateStore implements StateStore {

    private static final List<String> TABLES =
            List.of("inspections", "defects", "work_orders", "complaints", "conflicts", "op_outcomes");

    private static final Map<EntityKind, String> RECORD_TABLES = Map.of(EntityKind.INSPECTION, "inspections",
            EntityKind.DEFECT, "defects", EntityKind.WORK_ORDER, "work_orders", EntityKind.COMPLAINT, "complaints");

    private final Dialect dialect;
    private final ItemCounter itemCounter;

    public JdbcStateStore(Dialect dialect, ItemCounter itemCounter) {
        this.dialect = dialect;
        this.itemCounter = itemCounter;
    }

    @Override
    public long lockFoldedThrough(Connection c) throws SQLException {
        return Sql.queryOne(c, dialect.lockFoldProgressSql(), rs -> rs.getLong(1))
                .orElseThrow(() -> new SQLException("state_progress row is missing"));
    }

    @Override
    public long foldedThrough(Connection c) throws SQLException {
        return Sql.count(c, "SELECT folded_through FROM state_progress WHERE id = 1");
    }

    @Override
    public void setFoldedThrough(Connection c, long position) throws SQLException {
        Sql.update(c, "UPDATE state_progress SET folded_through = ? WHERE id = 1", position);
    }

    @Override
    public List<UnitSetAside> unitsSetAside(Connection c) throws SQLException {
        return Sql.query(c, "SELECT s.unit_id, s.first_position, (SELECT COUNT(*) FROM operations o"
                + " WHERE o.unit_id = s.unit_id AND o.position >= s.first_position), s.error, s.set_aside_at"
                + " FROM state_units_set_aside s ORDER BY s.first_position",
                rs -> new UnitSetAside(UUID.fromString(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5)));
    }

    @Override
    public Set<UUID> unitIdsSetAside(Connection c) throws SQLException {
        return Set.copyOf(Sql.query(c, "SELECT unit_id FROM state_units_set_aside",
                rs -> UUID.fromString(rs.getString(1))));
    }

    @Override
    public void setAside(Connection c, UUID unitId, long firstPosition, String error, long atMillis)
            throws SQLException {
        Sql.update(c, dialect.insertIgnore("state_units_set_aside", "unit_id, first_position, error, set_aside_at",
                "?, ?, ?, ?", "unit_id"), unitId.toString(), firstPosition, error, atMillis);
    }

    @Override
    public void clearSetAside(Connection c, UUID unitId) throws SQLException {
        Sql.update(c, "DELETE FROM state_units_set_aside WHERE unit_id = ?", unitId.toString());
    }

    @Override
    public void replaceUnits(Connection c, Map<UUID, UUID> projectByUnit, ReplicaSnapshot s,
                             Collection<LocatedOperation> ops) throws SQLException {
        for (List<UUID> chunk : Sql.chunks(projectByUnit.keySet())) {
            for (String table : TABLES) {
                Sql.update(c, "DELETE FROM " + table + " WHERE unit_id IN (" + Sql.placeholders(chunk.size()) + ")",
                        chunk.toArray());
            }
        }
        Map<UUID, UUID> unitByEntity = new HashMap<>();
        Map<UUID, Operation> opsById = new HashMap<>();
        for (LocatedOperation located : ops) {
            unitByEntity.put(located.op().entity(), located.unitId());
            opsById.put(located.op().id(), located.op());
        }
        insertInspections(c, s.inspections().values(), projectByUnit);
        insertDefects(c, s.defects().values(), projectByUnit);
        insertWorkOrders(c, s.workOrders().values(), projectByUnit);
        insertComplaints(c, s.complaints().values(), projectByUnit);
        insertConflicts(c, s.conflicts(), unitByEntity, projectByUnit);
        insertOutcomes(c, outcomeRows(s.outcomes(), opsById, unitByEntity, projectByUnit).values());
    }

    @Override
    public void replaceRecords(Connection c, UUID unitId, UUID projectId, Set<EntityKey> records, ReplicaState folded)
            throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        Map<EntityKind, List<UUID>> byKind = new EnumMap<>(EntityKind.class);
        records.forEach(k -> byKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.id()));
        for (var e : byKind.entrySet()) {
            deleteByIds(c, RECORD_TABLES.get(e.getKey()), "id", e.getValue());
        }
        List<UUID> all = records.stream().map(EntityKey::id).toList();
        deleteByIds(c, "conflicts", "entity_id", all);
        Map<UUID, UUID> projects = Map.of(unitId, projectId);
        insertInspections(c, present(byKind.get(EntityKind.INSPECTION), folded.inspections()), projects);
        insertDefects(c, present(byKind.get(EntityKind.DEFECT), folded.defects()), projects);
        insertWorkOrders(c, present(byKind.get(EntityKind.WORK_ORDER), folded.workOrders()), projects);
        insertComplaints(c, present(byKind.get(EntityKind.COMPLAINT), folded.complaints()), projects);
        Map<UUID, UUID> unitByEntity = new HashMap<>();
        List<Conflict> conflicts = new ArrayList<>();
        Map<UUID, OpOutcome> outcomes = new HashMap<>();
        Map<UUID, Operation> ops = new HashMap<>();
        for (EntityKey k : records) {
            unitByEntity.put(k.id(), unitId);
            conflicts.addAll(folded.conflictsOf(k.kind(), k.id()));
            for (Operation op : folded.operationsOf(k.kind(), k.id())) {
                ops.put(op.id(), op);
                OpOutcome outcome = folded.outcome(op.id());
                if (outcome != null) {
                    outcomes.put(op.id(), outcome);
                }
            }
        }
        insertConflicts(c, conflicts, unitByEntity, projects);
        replaceOutcomes(c, all, outcomeRows(outcomes, ops, unitByEntity, projects));
    }

    /**
     * Writes only the records' outcome rows that differ from the stored ones. A record keeps a row for every
     * answer a later one replaced, so its rows grow with its history; deleting and inserting them all on every fold
     * made the folder's writes grow with it too.
     */
    private void replaceOutcomes(Connection c, List<UUID> records, Map<UUID, OutcomeRow> wanted)
            throws SQLException {
        Map<UUID, OpOutcome> stored = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(records)) {
            for (var row : Sql.query(c, "SELECT op_id, outcome, rule FROM op_outcomes WHERE entity_id IN ("
                            + Sql.placeholders(chunk.size()) + ")", rs -> Map.entry(Sql.uuid(rs, "op_id"),
                            new OpOutcome(OpOutcome.Kind.valueOf(rs.getString(2)), rs.getString(3))),
                    chunk.toArray())) {
                stored.put(row.getKey(), row.getValue());
            }
        }
        List<UUID> stale = new ArrayList<>();
        stored.forEach((id, outcome) -> {
            OutcomeRow row = wanted.get(id);
            if (row == null || !row.outcome().equals(outcome)) {
                stale.add(id);
            }
        });
        deleteByIds(c, "op_outcomes", "op_id", stale);
        insertOutcomes(c, wanted.values().stream()
                .filter(row -> !row.outcome().equals(stored.get(row.op().id()))).toList());
    }

    private static <T> List<T> present(List<UUID> ids, Map<UUID, T> states) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().map(states::get).filter(Objects::nonNull).toList();
    }

    private static void deleteByIds(Connection c, String table, String column, List<UUID> ids) throws SQLException {
        for (List<UUID> chunk : Sql.chunks(ids)) {
            Sql.update(c, "DELETE FROM " + table + " WHERE " + column + " IN (" + Sql.placeholders(chunk.size()) + ")",
                    chunk.toArray());
        }
    }

    private void insertInspections(Connection c, Collection<InspectionState> all, Map<UUID, UUID> projects)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO inspections (id, unit_id, project_id, kind, status,"
                + " template_code, template_version, item_count, answered_count, failed_count, decision, content_hash,"
                + " signed_at_ms, signed_hlc, outside_signed_count, started_by, started_hlc, state_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (InspectionState i : all) {
                Integer itemCount = itemCounter.itemCount(c, i.templateCode(), i.templateVersion(), i.rooms());
                InspectionStatus status = i.signed() ? InspectionStatus.SIGNED
                        : itemCount == null ? InspectionStatus.STARTED : i.status(itemCount);
                long answered = i.items().values().stream().filter(e -> e.result() != ItemResult.NOT_CHECKED).count();
                var so = i.signOff();
                Sql.bind(ps, i.id(), i.unitId(), projects.get(i.unitId()), i.kind(), status, i.templateCode(),
                        i.templateVersion(), itemCount, (int) answered, (int) i.failedCount(),
                        so == null ? null : so.decision(), so == null ? null : so.contentHash(),
                        so == null ? null : so.at().wallMillis(), so == null ? null : so.at().toString(),
                        i.outsideSignedRecord().size(), i.startedBy(), i.startedAt().toString(), json(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertDefects(Connection c, Collection<DefectState> all, Map<UUID, UUID> projects)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO defects (id, unit_id, project_id, inspection_id,"
                + " status, severity, trade, category, contractor_id, room, item_code, description, reported_on,"
                + " reopen_count, photo_count, outside_signed_record, opened_by, opened_hlc, last_changed_hlc, state_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DefectState d : all) {
                Sql.bind(ps, d.id(), d.unitId(), projects.get(d.unitId()), d.inspectionId(), d.status(), d.severity(),
                        d.trade(), d.warrantyCategory(), d.contractorId(), d.room(), d.itemCode(), d.description(),
                        d.reportedOn().toString(), d.reopenCount(), d.photos().size(), d.outsideSignedRecord(),
                        d.openedBy(), d.openedAt().toString(), d.lastChangedAt().toString(), json(d));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertWorkOrders(Connection c, Collection<WorkOrderState> all, Map<UUID, UUID> projects)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_orders (id, unit_id, project_id, status,"
                + " source, defect_id, complaint_id, contractor_id, assignee, severity, emergency, warranty_category,"
                + " estimated_cost_fen, actual_cost_fen, self_repair, reported_at_ms, arrived_at_ms, completed_at_ms,"
                + " missing_confirmations, settled_period, satisfaction, created_by, created_hlc, last_changed_hlc,"
                + " state_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (WorkOrderState w : all) {
                String missing = w.missingConfirmations().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(","));
                Sql.bind(ps, w.id(), w.unitId(), projects.get(w.unitId()), w.status(), w.source(), w.defectId(),
                        w.complaintId(), w.contractorId(), w.assignee(), w.severity(), w.emergency(),
                        w.warrantyCategory(), w.estimatedCostFen(), w.actualCostFen(), w.selfRepair(),
                        millis(w.reportedAt()), millis(w.arrivedAt()), millis(w.completedAt()), missing,
                        w.settledPeriod(), w.satisfaction(), w.createdBy(), w.createdAt().toString(),
                        w.lastChangedAt().toString(), json(w));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertComplaints(Connection c, Collection<ComplaintState> all, Map<UUID, UUID> projects)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaints (id, unit_id, project_id, status,"
                + " category, channel, urgency, received_at_ms, answered_at_ms, satisfaction, received_by, state_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ComplaintState k : all) {
                Sql.bind(ps, k.id(), k.unitId(), projects.get(k.unitId()), k.status(), k.category(), k.channel(),
                        k.urgency(), millis(k.receivedAt()), millis(k.answeredAt()), k.satisfaction(), k.receivedBy(),
                        json(k));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertConflicts(Connection c, List<Conflict> conflicts, Map<UUID, UUID> unitByEntity,
                                 Map<UUID, UUID> projects) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO conflicts (entity_kind, entity_id, field, winner_op,"
                + " loser_op, unit_id, project_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Conflict k : conflicts) {
                UUID unit = unitByEntity.get(k.entity());
                if (unit == null) {
                    continue;
                }
                Sql.bind(ps, k.entityKind(), k.entity(), k.field(), k.winner(), k.loser(), unit, projects.get(unit));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** An outcome as its row stores it: with the operation's record, unit and project. */
    private record OutcomeRow(Operation op, UUID unit, UUID project, OpOutcome outcome) {
    }

    /** The rows the outcome table keeps: every outcome but APPLIED, for operations of a unit being written. */
    private static Map<UUID, OutcomeRow> outcomeRows(Map<UUID, OpOutcome> outcomes, Map<UUID, Operation> ops,
                                                     Map<UUID, UUID> unitByEntity, Map<UUID, UUID> projects) {
        Map<UUID, OutcomeRow> rows = new HashMap<>();
        for (var e : outcomes.entrySet()) {
            Operation op = ops.get(e.getKey());
            if (op == null || e.getValue().kind() == OpOutcome.Kind.APPLIED) {
                continue;
            }
            UUID unit = unitByEntity.get(op.entity());
            if (unit != null && projects.containsKey(unit)) {
                rows.put(op.id(), new OutcomeRow(op, unit, projects.get(unit), e.getValue()));
            }
        }
        return rows;
    }

    private void insertOutcomes(Connection c, Collection<OutcomeRow> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO op_outcomes (op_id, entity_kind, entity_id, unit_id,"
                + " project_id, outcome, rule) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (OutcomeRow row : rows) {
                Sql.bind(ps, row.op().id(), row.op().entityKind(), row.op().entity(), row.unit(), row.project(),
                        row.outcome().kind(), row.outcome().rule());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public Map<UUID, UUID> workOrdersAssignedTo(Connection c, String username) throws SQLException {
        Map<UUID, UUID> out = new HashMap<>();
        for (var row : Sql.query(c, "SELECT id, unit_id FROM work_orders WHERE assignee = ?",
                rs -> Map.entry(Sql.uuid(rs, "id"), Sql.uuid(rs, "unit_id")), username)) {
            out.put(row.getKey(), row.getValue());
        }
        return out;
    }

    private static Long millis(Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    private static String json(Object state) {
        try {
            return ModelJson.mapper().writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("state could not be written as JSON", e);
        }
    }
}
