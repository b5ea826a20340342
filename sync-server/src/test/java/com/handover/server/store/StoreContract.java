package com.handover.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.DeliveryStandard;
import com.handover.model.ItemResult;
import com.handover.model.json.OperationCodec;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaSnapshot;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.testing.OperationGenerator;
import com.handover.server.Components;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.sync.StateMaterializer;
import com.handover.server.testing.StateTables;
import com.handover.server.testing.TestServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store suite: run on a temporary SQLite file and on PostgreSQL. */
abstract class StoreContract {

    TestServer server;
    Components c;

    abstract TestServer startServer();

    @BeforeEach
    void start() {
        server = startServer();
        c = server.components();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Appends operations as a push would (positions under the head lock, entity index, state re-fold). */
    void append(List<Operation> ops, Map<UUID, UUID> unitOfEntity, UUID project) {
        c.db().write(conn -> {
            long head = c.log().lockHead(conn);
            Set<UUID> entityIds = new LinkedHashSet<>();
            ops.forEach(op -> entityIds.add(op.entity()));
            Map<UUID, EntityIndex.EntityRef> known = c.entities().find(conn, entityIds);
            List<EntityIndex.EntityRef> fresh = new ArrayList<>();
            List<OperationLog.Append> appends = new ArrayList<>();
            Set<UUID> units = new LinkedHashSet<>();
            OperationCodec codec = new OperationCodec();
            for (Operation op : ops) {
                UUID unit = unitOfEntity.get(op.entity());
                if (!known.containsKey(op.entity())) {
                    var ref = new EntityIndex.EntityRef(op.entity(), op.entityKind(), unit, project);
                    known.put(op.entity(), ref);
                    fresh.add(ref);
                }
                appends.add(new OperationLog.Append(++head, op, codec.toJson(op), unit, project));
                units.add(unit);
            }
            c.entities().insert(conn, fresh);
            c.log().append(conn, appends, 0);
            c.log().setHead(conn, head);
            c.stateFolder().materializer().refold(conn, units);
            return null;
        });
    }

    static UUID unitOf(Operation op) {
        if (op.payload() instanceof InspectionOps.Started s) {
            return s.unitId();
        }
        if (op.payload() instanceof DefectOps.Opened o) {
            return o.unitId();
        }
        if (op.payload() instanceof WorkOrderOps.Created w) {
            return w.unitId();
        }
        if (op.payload() instanceof ComplaintOps.Received r) {
            return r.unitId();
        }
        return null;
    }

    @Test
    void incrementalMaterialisationEqualsARebuildFromTheWholeLogAndTheReducer() {
        UUID project = UUID.randomUUID();
        for (long seed = 1; seed <= 6; seed++) {
            List<Operation> session = OperationGenerator.session(seed);
            Map<UUID, UUID> unitOfEntity = new HashMap<>();
            Set<UUID> units = new LinkedHashSet<>();
            for (Operation op : session) {
                UUID unit = unitOf(op);
                if (unit != null) {
                    unitOfEntity.putIfAbsent(op.entity(), unit);
                    units.add(unit);
                }
            }
            List<Operation> located = session.stream().filter(op -> unitOfEntity.containsKey(op.entity())).toList();
            long s = seed;
            c.db().write(conn -> {
                if (s == 1) {
                    c.sites().insertProject(conn, new Project(project, "GEN", "生成项目", "北京", LocalDate.of(2026, 1, 1), 50));
                    c.sites().insertBuilding(conn, new Building(project, project, "1号楼", 30));
                    c.sites().insertUnitType(conn, new UnitType(project, project, "G", "G户型",
                            List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1"), null));
                }
                List<Unit> fresh = new ArrayList<>();
                int i = 0;
                for (UUID u : units) {
                    fresh.add(new Unit(u, project, project, "G-" + s + "-" + (i++), 1, DeliveryStandard.FINISHED,
                            project, null, null));
                }
                c.sites().insertUnits(conn, fresh);
                return null;
            });
            // Arrive in random batches, in a shuffled order: the fold must not care.
            Random random = new Random(seed);
            List<Operation> shuffled = new ArrayList<>(located);
            java.util.Collections.shuffle(shuffled, random);
            for (int from = 0; from < shuffled.size(); ) {
                int to = Math.min(shuffled.size(), from + 1 + random.nextInt(25));
                append(shuffled.subList(from, to), unitOfEntity, project);
                from = to;
            }
            ReplicaSnapshot expected = Reducer.reduce(located).snapshot();
            Map<String, String> statuses = c.db().read(conn -> {
                Map<String, String> out = new TreeMap<>();
                for (String t : List.of("inspections", "defects", "work_orders", "complaints")) {
                    Sql.query(conn, "SELECT id, status FROM " + t, rs -> out.put(rs.getString(1), rs.getString(2)));
                }
                return out;
            });
            Map<String, String> reduced = new TreeMap<>();
            expected.defects().forEach((id, d) -> reduced.put(id.toString(), d.status().name()));
            expected.workOrders().forEach((id, w) -> reduced.put(id.toString(), w.status().name()));
            expected.complaints().forEach((id, k) -> reduced.put(id.toString(), k.status().name()));
            expected.inspections().keySet().forEach(id -> reduced.put(id.toString(), statuses.get(id.toString())));
            Map<String, String> actual = new TreeMap<>();
            reduced.keySet().forEach(id -> actual.put(id, statuses.get(id)));
            assertEquals(reduced, actual, "seed " + seed);
            long conflicts = c.db().read(conn -> Sql.count(conn, "SELECT COUNT(*) FROM conflicts"));
            assertTrue(conflicts >= 0);
        }
        Map<String, List<String>> incremental = StateTables.dump(c);
        assertFalse(incremental.get("defects").isEmpty());
        StateTables.rebuild(c);
        assertEquals(incremental, StateTables.dump(c));
    }

    /** Appends as a push does: new operations folded onto the units' folds held in memory. */
    void appendFolded(List<Operation> ops, Map<UUID, UUID> unitOfEntity, UUID project, boolean commit) {
        StateMaterializer.Written[] written = new StateMaterializer.Written[1];
        try {
            c.db().write(conn -> {
                List<OperationLog.Append> appends = appendRaw(conn, ops, unitOfEntity, project);
                written[0] = c.stateFolder().materializer().foldAppended(conn, appends);
                if (!commit) {
                    throw new IllegalStateException("rolled back on purpose");
                }
                return null;
            });
        } catch (IllegalStateException e) {
            assertEquals("rolled back on purpose", e.getMessage());
            return;
        }
        c.stateFolder().materializer().committed(written[0]);
    }

    /** Appends to the log only, as another server node would (its folds are not this node's). */
    List<OperationLog.Append> appendRaw(Connection conn, List<Operation> ops, Map<UUID, UUID> unitOfEntity,
                                        UUID project) throws SQLException {
        long head = c.log().lockHead(conn);
        Set<UUID> entityIds = new LinkedHashSet<>();
        ops.forEach(op -> entityIds.add(op.entity()));
        Map<UUID, EntityIndex.EntityRef> known = c.entities().find(conn, entityIds);
        List<EntityIndex.EntityRef> fresh = new ArrayList<>();
        List<OperationLog.Append> appends = new ArrayList<>();
        OperationCodec codec = new OperationCodec();
        for (Operation op : ops) {
            UUID unit = unitOfEntity.get(op.entity());
            if (!known.containsKey(op.entity())) {
                var ref = new EntityIndex.EntityRef(op.entity(), op.entityKind(), unit, project);
                known.put(op.entity(), ref);
                fresh.add(ref);
            }
            appends.add(new OperationLog.Append(++head, op, codec.toJson(op), unit, project));
        }
        c.entities().insert(conn, fresh);
        c.log().append(conn, appends, 0);
        c.log().setHead(conn, head);
        return appends;
    }

    @Test
    void foldingOnlyNewOperationsEqualsARebuildAlsoAfterRollbacksAndWritesOfAnotherNode() {
        UUID project = UUID.randomUUID();
        List<Operation> session = OperationGenerator.session(11);
        Map<UUID, UUID> unitOfEntity = new HashMap<>();
        Set<UUID> units = new LinkedHashSet<>();
        for (Operation op : session) {
            UUID unit = unitOf(op);
            if (unit != null) {
                unitOfEntity.putIfAbsent(op.entity(), unit);
                units.add(unit);
            }
        }
        List<Operation> located = new ArrayList<>(session.stream()
                .filter(op -> unitOfEntity.containsKey(op.entity())).toList());
        c.db().write(conn -> {
            c.sites().insertProject(conn, new Project(project, "INC", "增量项目", "北京", LocalDate.of(2026, 1, 1), 50));
            c.sites().insertBuilding(conn, new Building(project, project, "1号楼", 30));
            c.sites().insertUnitType(conn, new UnitType(project, project, "G", "G户型",
                    List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1"), null));
            List<Unit> fresh = new ArrayList<>();
            int i = 0;
            for (UUID u : units) {
                fresh.add(new Unit(u, project, project, "I-" + (i++), 1, DeliveryStandard.FINISHED, project, null, null));
            }
            c.sites().insertUnits(conn, fresh);
            return null;
        });
        Random random = new Random(11);
        java.util.Collections.shuffle(located, random);
        for (int from = 0, batch = 0; from < located.size(); batch++) {
            int to = Math.min(located.size(), from + 1 + random.nextInt(6));
            List<Operation> slice = located.subList(from, to);
            if (batch % 5 == 3) {
                appendFolded(slice, unitOfEntity, project, false); // never stored: must leave no trace
            } else if (batch % 3 == 1) {
                c.db().write(conn -> appendRaw(conn, slice, unitOfEntity, project));
            } else {
                appendFolded(slice, unitOfEntity, project, true);
            }
            from = to;
        }
        // One more push on every unit: units another node wrote since are folded again from the log.
        var testOps = new com.handover.server.testing.TestOps("office", "store-dev");
        List<Operation> last = new ArrayList<>();
        for (UUID unit : units) {
            Operation complaint = testOps.complaint(UUID.randomUUID(), unit, "最后一条");
            unitOfEntity.put(complaint.entity(), unit);
            last.add(complaint);
        }
        appendFolded(last, unitOfEntity, project, true);
        Map<String, List<String>> incremental = StateTables.dump(c);
        assertFalse(incremental.get("inspections").isEmpty());
        StateTables.rebuild(c);
        assertEquals(incremental, StateTables.dump(c));
    }

    @Test
    void anOutcomeThatChangesOnALaterFoldIsWrittenAsARebuildWritesIt() {
        UUID unit = server.demo().units.get(0).id();
        UUID project = server.demo().project.id();
        var ops = new com.handover.server.testing.TestOps("inspector", "store-dev");
        UUID inspection = UUID.randomUUID();
        Operation start = ops.startInspection(inspection, unit);
        Operation first = ops.item(inspection, "LIVING", "F-LIVING-PAINT", ItemResult.FAIL, "起皮");
        Operation second = ops.op(OperationType.INSPECTION_ITEM_RECORDED, inspection, first.id(),
                new InspectionOps.ItemRecorded("LIVING", "F-LIVING-PAINT", ItemResult.PASS, null, "已修"));
        Map<UUID, UUID> unitOf = Map.of(inspection, unit);
        appendFolded(List.of(first), unitOf, project, true);
        assertEquals(List.of("AWAITING_RECORD"), outcomesOf(first), "its inspection is not held yet");
        appendFolded(List.of(start, second), unitOf, project, true);
        assertEquals(List.of("SUPERSEDED"), outcomesOf(first), "the row changed from one outcome to another");
        Map<String, List<String>> incremental = StateTables.dump(c);
        StateTables.rebuild(c);
        assertEquals(incremental, StateTables.dump(c));
    }

    private List<String> outcomesOf(Operation op) {
        return c.db().read(conn -> Sql.query(conn, "SELECT outcome FROM op_outcomes WHERE op_id = ?",
                rs -> rs.getString(1), op.id()));
    }

    @Test
    void positionsAreDenseAndPagesRespectScope() {
        UUID inDemo = server.demo().units.get(0).id();
        UUID inOther = server.otherUnits().get(0).id();
        var ops = new com.handover.server.testing.TestOps("office", "store-dev");
        List<Operation> batch = new ArrayList<>();
        Map<UUID, UUID> unitOf = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            UUID id = UUID.randomUUID();
            UUID unit = i % 2 == 0 ? inDemo : inOther;
            unitOf.put(id, unit);
            batch.add(ops.complaint(id, unit, "第" + i + "条"));
        }
        Map<UUID, UUID> projectOf = Map.of(inDemo, server.demo().project.id(), inOther, TestServer.OTHER_PROJECT);
        c.db().write(conn -> {
            long head = c.log().lockHead(conn);
            List<OperationLog.Append> appends = new ArrayList<>();
            for (Operation op : batch) {
                UUID unit = unitOf.get(op.entity());
                appends.add(new OperationLog.Append(++head, op, new OperationCodec().toJson(op), unit, projectOf.get(unit)));
            }
            c.log().append(conn, appends, 0);
            c.log().setHead(conn, head);
            return null;
        });
        long head = c.db().read(c.log()::committedHead);
        assertEquals(40, head);
        var all = c.db().read(conn -> c.log().page(conn, 0, head, 1000, ScopeFilter.EVERYTHING));
        assertEquals(40, all.size());
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).position());
        }
        var inspector2 = c.db().read(conn -> c.log().page(conn, 0, head, 1000,
                new ScopeFilter.AssignedProjects("inspector2")));
        assertEquals(20, inspector2.size());
        List<Long> onOtherUnit = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (unitOf.get(batch.get(i).entity()).equals(inOther)) {
                onOtherUnit.add(i + 1L);
            }
        }
        assertEquals(onOtherUnit, inspector2.stream().map(OperationLog.PagedOperation::position).toList());
        assertEquals(new OperationCodec().toJson(batch.get(1)), inspector2.get(0).json(), "the text as stored");
        var page = c.db().read(conn -> c.log().page(conn, 10, 20, 5, ScopeFilter.EVERYTHING));
        assertEquals(List.of(11L, 12L, 13L, 14L, 15L), page.stream().map(OperationLog.PagedOperation::position).toList());
        var nobody = c.db().read(conn -> c.log().page(conn, 0, head, 1000,
                new ScopeFilter.AssignedWorkOrders("maintenance")));
        assertEquals(0, nobody.size());
        var byId = c.db().read(conn -> c.log().findByIds(conn, List.of(batch.get(3).id(), UUID.randomUUID())));
        assertEquals(Set.of(batch.get(3).id()), byId.keySet());
        assertEquals(4, byId.get(batch.get(3).id()).position());
    }

    @Test
    void accountsKeepOnlyHashesAndCountFailures() {
        var user = new com.handover.server.auth.User("new.user", "新用户", com.handover.model.Role.OFFICE);
        c.db().write(conn -> {
            c.accounts().saveUser(conn, user, "pbkdf2-sha256$210000$AAAA$BBBB", 1);
            c.accounts().recordLoginFailure(conn, "new.user", 100);
            c.accounts().recordLoginFailure(conn, "new.user", 200);
            c.accounts().insertToken(conn, new AccountStore.StoredToken("h1", "new.user", "dev", 1, 1000, null));
            c.accounts().revokeToken(conn, "h1", 500);
            return null;
        });
        assertEquals(List.of(200L), c.db().read(conn -> c.accounts().loginFailuresSince(conn, "new.user", 150)));
        assertEquals(500L, c.db().read(conn -> c.accounts().findToken(conn, "h1")).orElseThrow().revokedAt());
        assertEquals(user, c.db().read(conn -> c.accounts().findUser(conn, "new.user")).orElseThrow().user());
    }
}
