package com.handover.systemtest.support;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.auth.Tokens;
import com.handover.systemtest.device.Jpegs;
import com.handover.systemtest.http.ApiClient;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.verify.ServerDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the hostile and security checks aim at: accounts of every role signed in on their own devices, an expired and a
 * revoked token, and real records in both projects (an inspection, a defect with an uploaded photo, a work order
 * assigned to maintenance), stored through the protocol like any device would.
 */
public final class World {

    public static final String DEVICE_A = "hostile-a";
    public static final String DEVICE_B = "hostile-b";
    public static final String DEVICE_M = "hostile-m";
    public static final String DEVICE_O = "hostile-o";

    public final TestSite site;
    public final ApiClient api;
    public final String tokenA;
    public final String tokenB;
    public final String tokenMaintenance;
    public final String tokenOffice;
    public final String expiredToken;
    public final String revokedToken;
    public final UUID inspectionA = TestSite.id("hostile-inspection-a");
    public final UUID inspectionB = TestSite.id("hostile-inspection-b");
    public final UUID defectA = TestSite.id("hostile-defect-a");
    public final UUID workOrderA = TestSite.id("hostile-workorder-a");
    public final Operation storedItem;
    public final byte[] photo;
    public final String photoSha;
    private final OperationCodec codec = new OperationCodec();
    private long clock = Instant.parse("2026-09-01T02:00:00Z").toEpochMilli();

    public World(TestSite site, ApiClient api, ServerDatabase db) throws Exception {
        this.site = site;
        this.api = api;
        tokenA = api.token(TestSite.INSPECTOR_A, TestSite.PASSWORD, DEVICE_A);
        tokenB = api.token(TestSite.INSPECTOR_B, TestSite.PASSWORD, DEVICE_B);
        tokenMaintenance = api.token(TestSite.MAINTENANCE_1, TestSite.PASSWORD, DEVICE_M);
        tokenOffice = api.token(TestSite.OFFICE, TestSite.PASSWORD, DEVICE_O);
        revokedToken = api.token(TestSite.INSPECTOR_A, TestSite.PASSWORD, "hostile-revoked");
        require(api.call("POST", "/api/v1/auth/logout", revokedToken, null).status() == 204, "logout");
        expiredToken = Tokens.newToken();
        try (Connection c = db.connectForWriting(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tokens (token_hash, username, device_id, issued_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, Tokens.hash(expiredToken));
            ps.setString(2, TestSite.INSPECTOR_A);
            ps.setString(3, "hostile-expired");
            ps.setLong(4, System.currentTimeMillis() - 40L * 86_400_000);
            ps.setLong(5, System.currentTimeMillis() - 10L * 86_400_000);
            ps.executeUpdate();
        }
        photo = Jpegs.photo(99, 64, 48);
        photoSha = ServerDatabase.sha256(photo);
        UUID unitA = site.unitsA.get(0).id();
        UUID unitB = site.unitsB.get(0).id();
        var started = new InspectionOps.Started(unitA, InspectionKind.HANDOVER, "FINISHED", 1,
                List.of("LIVING", "KITCHEN"), List.of());
        push(tokenA, DEVICE_A, op(OperationType.INSPECTION_STARTED, inspectionA, TestSite.INSPECTOR_A, DEVICE_A, started));
        storedItem = op(OperationType.INSPECTION_ITEM_RECORDED, inspectionA, TestSite.INSPECTOR_A, DEVICE_A,
                new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.FAIL, null, "空鼓"));
        push(tokenA, DEVICE_A, storedItem);
        push(tokenA, DEVICE_A, op(OperationType.DEFECT_OPENED, defectA, TestSite.INSPECTOR_A, DEVICE_A,
                new DefectOps.Opened(unitA, inspectionA, "LIVING", "F-LIVING-WALL_FLAT", "墙面空鼓", Severity.NORMAL,
                        "CIVIL", "PLASTER", null, List.of(new PhotoRef(photoSha, Instant.ofEpochMilli(clock), null, null)),
                        null, LocalDate.of(2026, 9, 1))));
        ApiClient.Response up = api.send("PUT", "/api/v1/blobs/" + photoSha + "?offset=0", Map.of(
                "X-Protocol-Version", "1", "Authorization", "Bearer " + tokenA,
                "X-Blob-Length", Integer.toString(photo.length), "Content-Type", "application/octet-stream"), photo);
        require(up.status() == 201, "photo upload: " + up.status() + " " + up.text());
        push(tokenB, DEVICE_B, op(OperationType.INSPECTION_STARTED, inspectionB, TestSite.INSPECTOR_B, DEVICE_B,
                new InspectionOps.Started(unitB, InspectionKind.HANDOVER, "FINISHED", 1, List.of("LIVING"), List.of())));
        // Reported now: the server's clock job (every minute) must find nothing overdue, or it would rightly write
        // SLA flags and escalations while the hostile suite compares stored states.
        push(tokenOffice, DEVICE_O, op(OperationType.WORK_ORDER_CREATED, workOrderA, TestSite.OFFICE, DEVICE_O,
                new WorkOrderOps.Created(unitA, WorkOrderSource.OWNER_REPORT, null, null, "KITCHEN", "水槽渗水",
                        Severity.NORMAL, "PIPE_LEAK", 50_000, false, Instant.now())));
        push(tokenOffice, DEVICE_O, op(OperationType.WORK_ORDER_ASSIGNED, workOrderA, TestSite.OFFICE, DEVICE_O,
                new WorkOrderOps.Assigned(site.contractors.get(0).id(), TestSite.MAINTENANCE_1)));
    }

    public Operation op(OperationType type, UUID entity, String actor, String device, Payload payload) {
        clock += 1000;
        return new Operation(UUID.randomUUID(), type, entity, new Hlc(clock, 0, device), actor, device, null, payload);
    }

    public ObjectNode json(Operation op) {
        return codec.toTree(op);
    }

    public ObjectNode pushBody(String device, List<? extends com.fasterxml.jackson.databind.JsonNode> ops) {
        ObjectNode body = ModelJson.mapper().createObjectNode();
        body.put("deviceId", device);
        ArrayNode arr = body.putArray("operations");
        ops.forEach(arr::add);
        return body;
    }

    /** Pushes operations as a device does and returns the server's answer, whatever it is. */
    public ApiClient.Response push(String token, String device, List<Operation> ops) {
        return api.call("POST", "/api/v1/sync/push", token, pushBody(device, ops.stream().map(this::json).toList()));
    }

    private void push(String token, String device, Operation op) {
        ApiClient.Response r = api.call("POST", "/api/v1/sync/push", token, pushBody(device, List.of(json(op))));
        require(r.status() == 200 && r.text().contains("ACCEPTED"), "setup push " + op.type().wireName() + ": "
                + r.status() + " " + r.text());
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("hostile suite setup failed: " + what);
        }
    }
}
