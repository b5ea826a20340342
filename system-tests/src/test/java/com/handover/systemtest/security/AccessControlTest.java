package com.handover.systemtest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.ItemResult;
import com.handover.model.Point;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Severity;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderSource;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.signoff.SignOffVerification;
import com.handover.model.signoff.SignOffVerifier;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.office.verify.RecordVerifier;
import com.handover.server.store.Dialect;
import com.handover.server.store.jdbc.JdbcOperationLog;
import com.handover.systemtest.device.DeviceProcess;
import com.handover.systemtest.device.DeviceReplicaFile;
import com.handover.systemtest.http.ApiClient;
import com.handover.systemtest.process.JavaProcess;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.Scenario;
import com.handover.systemtest.support.World;
import com.handover.systemtest.verify.ServerDatabase;
import com.handover.systemtest.verify.ServerLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who may see and do what, against a server process: inspectors stay in their projects, maintenance staff see
 * their work orders and those orders' units, a revoked device is refused, secrets are neither stored nor logged in
 * the clear, and a sign-off whose content was changed after signing is caught.
 */
@Tag("security")
@Timeout(180)
class AccessControlTest {

    private static Scenario scenario;
    private static ServerDatabase db;
    private static ApiClient api;
    private static World world;
    private static final UUID WORK_ORDER_OTHER = TestSite.id("security-workorder-other");

    @BeforeAll
    static void startServer() throws Exception {
        scenario = Scenario.sqlite("security", 4);
        db = ServerDatabase.sqlite(scenario.server().dataDir());
        api = scenario.api();
        world = new World(scenario.site, api, db);
        UUID otherUnit = scenario.site.unitsA.get(1).id();
        accepted(world.push(world.tokenOffice, World.DEVICE_O, List.of(
                world.op(OperationType.WORK_ORDER_CREATED, WORK_ORDER_OTHER, TestSite.OFFICE, World.DEVICE_O,
                        new WorkOrderOps.Created(otherUnit, WorkOrderSource.OWNER_REPORT, null, null, "LIVING", "门锁坏",
                                Severity.NORMAL, "DOOR_WINDOW", 30_000, false, Instant.now())),
                world.op(OperationType.WORK_ORDER_ASSIGNED, WORK_ORDER_OTHER, TestSite.OFFICE, World.DEVICE_O,
                        new WorkOrderOps.Assigned(scenario.site.contractors.get(2).id(), TestSite.MAINTENANCE_2)))));
    }

    @AfterAll
    static void stopServer() {
        if (scenario != null) {
            scenario.close();
        }
    }

    private static void accepted(ApiClient.Response r) {
        assertEquals(200, r.status(), r.text());
        for (JsonNode res : r.json().get("results")) {
            assertEquals("ACCEPTED", res.get("status").asText(), r.text());
        }
    }

    private static String onlyResultCode(ApiClient.Response r) {
        assertEquals(200, r.status(), r.text());
        JsonNode res = r.json().get("results").get(0);
        assertEquals("REJECTED", res.get("status").asText(), r.text());
        return res.get("code").asText();
    }

    private static Set<UUID> entities(ServerLog log) {
        Set<UUID> out = new HashSet<>();
        log.operations().forEach(o -> out.add(o.entity()));
        return out;
    }

    @Test
    void anInspectorNeitherReadsNorWritesAnotherProjectsRecords() {
        Set<UUID> seenByB = entities(ServerLog.pull(api, world.tokenB));
        assertEquals(Set.of(world.inspectionB), seenByB);
        assertFalse(entities(ServerLog.pull(api, world.tokenA)).contains(world.inspectionB));
        JsonNode reference = api.call("GET", "/api/v1/reference", world.tokenB, null).json();
        assertEquals(1, reference.get("projects").size());
        assertEquals(scenario.site.projectB.id().toString(),
                reference.get("projects").get(0).get("project").get("id").asText());
        assertEquals(404, api.call("GET", "/api/v1/blobs/" + world.photoSha, world.tokenB, null).status());
        assertEquals(0, api.call("GET", "/api/v1/blobs/missing", world.tokenB, null).json().get("missing").size());
        Operation intoA = world.op(OperationType.INSPECTION_ITEM_RECORDED, world.inspectionA, TestSite.INSPECTOR_B,
                World.DEVICE_B, new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS, null, null));
        assertEquals("OUT_OF_SCOPE", onlyResultCode(world.push(world.tokenB, World.DEVICE_B, List.of(intoA))));
    }

    @Test
    void maintenanceSeesOnlyItsWorkOrdersAndTheirUnits() {
        Set<UUID> seen = entities(ServerLog.pull(api, world.tokenMaintenance));
        assertTrue(seen.contains(world.workOrderA), "its own work order");
        UUID orderUnit = scenario.site.unitsA.get(0).id();
        java.util.Map<UUID, UUID> unitOf = new java.util.HashMap<>();
        for (Operation op : ServerLog.pull(api, world.tokenOffice).operations()) {
            if (op.payload() instanceof InspectionOps.Started st) {
                unitOf.put(op.entity(), st.unitId());
            } else if (op.payload() instanceof com.handover.model.sync.ops.DefectOps.Opened o) {
                unitOf.put(op.entity(), o.unitId());
            } else if (op.payload() instanceof WorkOrderOps.Created w) {
                unitOf.put(op.entity(), w.unitId());
            }
        }
        for (UUID entity : seen) {
            assertEquals(orderUnit, unitOf.get(entity), "maintenance sees " + entity + ", which is not on its order's unit");
        }
        assertFalse(seen.contains(WORK_ORDER_OTHER));
        Operation onOther = world.op(OperationType.WORK_ORDER_ARRIVED, WORK_ORDER_OTHER, TestSite.MAINTENANCE_1,
                World.DEVICE_M, new WorkOrderOps.Arrived(Instant.now()));
        assertEquals("OUT_OF_SCOPE", onlyResultCode(world.push(world.tokenMaintenance, World.DEVICE_M, List.of(onOther))));
        Operation onOwn = world.op(OperationType.WORK_ORDER_ARRIVED, world.workOrderA, TestSite.MAINTENANCE_1,
                World.DEVICE_M, new WorkOrderOps.Arrived(Instant.now()));
        accepted(world.push(world.tokenMaintenance, World.DEVICE_M, List.of(onOwn)));
        Operation inspection = world.op(OperationType.INSPECTION_ITEM_RECORDED, world.inspectionA,
                TestSite.MAINTENANCE_1, World.DEVICE_M, new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT",
                        ItemResult.PASS, null, null));
        assertEquals("FORBIDDEN_ROLE", onlyResultCode(world.push(world.tokenMaintenance, World.DEVICE_M,
                List.of(inspection))));
    }

    @Test
    void aRevokedDeviceIsRefusedOnItsNextRequestAndKeepsWhatItRecorded() throws Exception {
        DeviceProcess device = scenario.device("revoked", api.baseUrl(), TestSite.INSPECTOR_A, 5, "--actions", "5",
                "--sync-every", "0", "--max-rounds", "3");
        device.runToEnd(Duration.ofMinutes(1), "--settle");
        String deviceId = DeviceReplicaFile.read(device.folder()).deviceId();
        try (Connection c = db.connectForWriting(); PreparedStatement ps = c.prepareStatement(
                "UPDATE tokens SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, deviceId);
            assertEquals(1, ps.executeUpdate(), "the device held one token");
        }
        JavaProcess again = device.start("--actions", "9", "--settle");
        assertEquals(com.handover.systemtest.device.DeviceMain.UNSETTLED, again.waitForExit(Duration.ofMinutes(1)));
        assertTrue(again.lines().stream().anyMatch(l -> l.contains("problem=sync.error.signInAgain")),
                "the app asks its user to sign in again: " + again.lines());
        DeviceReplicaFile after = DeviceReplicaFile.read(device.folder());
        assertEquals(9, after.own().size());
        assertEquals(4, after.outbox(), "what was recorded after the revocation waits, it is not lost");
        assertTrue(db.count("SELECT count(*) FROM operations WHERE device_id = '" + deviceId + "'") == 5);
    }

    @Test
    void passwordsAndTokensAreNeitherStoredNorLoggedInTheClear() {
        // Give the log something to say: failed sign-ins (one with the real password under a wrong name).
        api.login("nobody", TestSite.PASSWORD, "log-probe");
        api.login(TestSite.INSPECTOR_A, "wrong-" + TestSite.PASSWORD, "log-probe");
        List<String> secrets = new ArrayList<>(List.of(TestSite.PASSWORD, world.tokenA, world.tokenB,
                world.tokenMaintenance, world.tokenOffice, world.revokedToken, world.expiredToken));
        String stored = db.dump(Set.of(), java.util.Map.of());
        String logs = scenario.server().logs();
        for (String secret : secrets) {
            assertFalse(stored.contains(secret), "a secret is stored in the clear: " + secret.substring(0, 4) + "…");
            assertFalse(logs.contains(secret), "a secret is in the server's log: " + secret.substring(0, 4) + "…");
        }
        assertTrue(stored.contains(com.handover.server.auth.Tokens.hash(world.tokenA)), "tokens are kept as hashes");
        assertTrue(db.strings("SELECT password_hash FROM users").stream().allMatch(h -> h.startsWith("pbkdf2-sha256$")));
    }

    @Test
    void aSignOffWhoseContentWasChangedAfterSigningIsDetected() throws Exception {
        ReplicaState before = Reducer.reduce(ServerLog.pull(api, world.tokenA).operations());
        List<Operation> covered = new ArrayList<>(before.operationsOf(EntityKind.INSPECTION, world.inspectionA));
        covered.addAll(before.operationsOf(EntityKind.DEFECT, world.defectA));
        Instant now = Instant.now();
        var stroke = new Stroke(List.of(new Point(100, 100), new Point(900, 800)));
        Operation sign = world.op(OperationType.INSPECTION_SIGNED, world.inspectionA, TestSite.INSPECTOR_A,
                World.DEVICE_A, new InspectionOps.Signed(SignOffDecision.ACCEPT_WITH_DEFECTS,
                        List.of(new Signature(SignerRole.OWNER, "业主", List.of(stroke), now),
                                new Signature(SignerRole.INSPECTOR, "甲验房", List.of(stroke), now)),
                        covered.stream().map(Operation::id).toList(),
                        SignOffHasher.hash(world.inspectionA, covered, SignOffDecision.ACCEPT_WITH_DEFECTS)));
        accepted(world.push(world.tokenA, World.DEVICE_A, List.of(sign)));
        RecordVerifier verifier = new RecordVerifier(new JdbcOperationLog(Dialect.SQLITE));
        try (Connection c = db.connect()) {
            assertEquals(RecordCheck.Status.UNCHANGED, verifier.verify(c, world.inspectionA).status());
        }
        // Through the protocol a signed finding cannot be rewritten: the same id with other content is refused.
        Operation item = world.storedItem;
        Operation rewritten = new Operation(item.id(), item.type(), item.entity(), item.hlc(), item.actor(),
                item.device(), item.prev(), new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT",
                ItemResult.PASS, null, "空鼓"));
        assertEquals("ID_REUSED", onlyResultCode(world.push(world.tokenA, World.DEVICE_A, List.of(rewritten))));
        // Behind the server's back, in its database: the signed FAIL becomes a PASS.
        try (Connection c = db.connectForWriting(); PreparedStatement ps = c.prepareStatement(
                "UPDATE operations SET op_json = replace(op_json, '\"FAIL\"', '\"PASS\"') WHERE op_id = ?")) {
            ps.setString(1, item.id().toString());
            assertEquals(1, ps.executeUpdate());
        }
        try (Connection c = db.connect()) {
            assertEquals(RecordCheck.Status.CHANGED, verifier.verify(c, world.inspectionA).status(),
                    "the server's record check catches the change");
        }
        ReplicaState after = Reducer.reduce(ServerLog.pull(api, world.tokenA).operations());
        var signOff = after.inspections().get(world.inspectionA).signOff();
        SignOffVerification v = SignOffVerifier.verify(world.inspectionA, signOff, after::operation);
        assertEquals(SignOffVerification.Status.CHANGED, v.status(), "anyone recomputing the hash sees it too");
        assertEquals(Optional.of(signOff.contentHash()), Optional.of(v.signedHash()));
    }
}
