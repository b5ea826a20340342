package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.ItemResult;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PushPullApiTest {

    static TestServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static UUID unit(int i) {
        return server.demo().units.get(i).id();
    }

    @Test
    void acceptedOperationsGetPositionsAndResendIsDuplicate() {
        var s = api.login("inspector", "dev-a1");
        var ops = new TestOps("inspector", "dev-a1");
        UUID insp = UUID.randomUUID();
        List<Operation> batch = List.of(ops.startInspection(insp, unit(0)),
                ops.item(insp, "LIVING", "F-LIVING-PAINT", ItemResult.PASS, null));
        JsonNode first = s.push(batch).json();
        assertEquals("ACCEPTED", first.get("results").get(0).get("status").asText());
        assertEquals("ACCEPTED", first.get("results").get(1).get("status").asText());
        long p0 = first.get("results").get(0).get("position").asLong();
        assertEquals(p0 + 1, first.get("results").get(1).get("position").asLong());
        assertTrue(first.get("serverHlc").asText().matches("\\d{16}\\.\\d{6}\\.server"));

        JsonNode again = s.push(batch).json();
        assertEquals("DUPLICATE", again.get("results").get(0).get("status").asText());
        assertEquals(p0, again.get("results").get(0).get("position").asLong());
        assertEquals("DUPLICATE", again.get("results").get(1).get("status").asText());
    }

    @Test
    void sameIdWithOtherContentIsRejectedAsReused() {
        var s = api.login("inspector", "dev-a2");
        var ops = new TestOps("inspector", "dev-a2");
        UUID insp = UUID.randomUUID();
        Operation start = ops.startInspection(insp, unit(1));
        s.push(List.of(start));
        Operation forged = new Operation(start.id(), start.type(), start.entity(), start.hlc(), start.actor(),
                start.device(), null, ops.startInspection(insp, unit(2)).payload());
        long before = server.count("operations");
        JsonNode r = s.push(List.of(forged)).json().get("results").get(0);
        assertEquals("REJECTED", r.get("status").asText());
        assertEquals("ID_REUSED", r.get("code").asText());
        assertEquals(before, server.count("operations"));
    }

    @Test
    void eachOperationIsJudgedOnItsOwnInRequestOrder() {
        var s = api.login("inspector", "dev-a3");
        var ops = new TestOps("inspector", "dev-a3");
        var otherDevice = new TestOps("inspector", "dev-zz");
        var otherActor = new TestOps("office", "dev-a3");
        UUID insp = UUID.randomUUID();
        UUID defect = UUID.randomUUID();
        List<Operation> batch = List.of(
                ops.startInspection(insp, unit(3)),
                otherDevice.item(insp, "LIVING", "F-LIVING-PAINT", ItemResult.PASS, null),
                otherActor.item(insp, "LIVING", "F-LIVING-PAINT", ItemResult.PASS, null),
                ops.item(UUID.randomUUID(), "LIVING", "F-LIVING-PAINT", ItemResult.PASS, null),
                ops.startInspection(UUID.randomUUID(), server.otherUnits().get(0).id()),
                ops.startInspection(UUID.randomUUID(), UUID.randomUUID()),
                ops.openDefect(defect, unit(3), insp, "墙面空鼓"),
                ops.voidDefect(defect, "录错"),
                ops.op(OperationType.DEFECT_UPDATED, insp, null, new DefectOps.Updated("x", null, null, null)));
        JsonNode results = s.push(batch).json().get("results");
        assertEquals(batch.size(), results.size());
        List<String> got = new ArrayList<>();
        results.forEach(r -> got.add(r.get("status").asText() + (r.has("code") ? ":" + r.get("code").asText() : "")));
        assertEquals(List.of("ACCEPTED", "REJECTED:DEVICE_MISMATCH", "REJECTED:INVALID", "REJECTED:UNKNOWN_ENTITY",
                "REJECTED:OUT_OF_SCOPE", "REJECTED:UNKNOWN_ENTITY", "ACCEPTED", "REJECTED:FORBIDDEN_ROLE",
                "REJECTED:INVALID"), got);
        for (int i = 0; i < batch.size(); i++) {
            assertEquals(batch.get(i).id().toString(), results.get(i).get("id").asText());
        }
    }

    @Test
    void unreadableOperationsAreRejectedWithTheirIdWhenReadable() {
        var s = api.login("office", "dev-a4");
        String id = UUID.randomUUID().toString();
        String body = "{\"deviceId\":\"dev-a4\",\"operations\":["
                + "{\"id\":\"" + id + "\",\"type\":\"inspection.teleported\",\"entity\":\"" + UUID.randomUUID()
                + "\",\"hlc\":\"0001732780000000.000000.dev-a4\",\"actor\":\"office\",\"device\":\"dev-a4\",\"payload\":{}},"
                + "{\"id\":\"not-a-uuid\",\"type\":\"inspection.started\"},"
                + "42]}";
        long before = server.count("operations");
        var r = s.pushRaw(body);
        assertEquals(200, r.code());
        JsonNode results = r.json().get("results");
        assertEquals("UNKNOWN_TYPE", results.get(0).get("code").asText());
        assertEquals(id, results.get(0).get("id").asText());
        assertEquals("INVALID", results.get(1).get("code").asText());
        assertFalse(results.get(1).has("id"));
        assertEquals("INVALID", results.get(2).get("code").asText());
        assertEquals(before, server.count("operations"));
    }

    @Test
    void pullPagesThroughEverythingOnceInOrder() {
        var office = api.login("office", "dev-a5");
        var ops = new TestOps("office", "dev-a5");
        List<Operation> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(ops.complaint(UUID.randomUUID(), unit(10 + i), "投诉 " + i));
        }
        office.push(batch);
        List<Long> positions = new ArrayList<>();
        String cursor = "";
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonNode page = office.pull(cursor, 7).json();
            page.get("operations").forEach(e -> positions.add(e.get("position").asLong()));
            cursor = page.get("nextCursor").asText();
            more = page.get("hasMore").asBoolean();
            pages++;
        }
        assertTrue(pages >= 5);
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i) > positions.get(i - 1));
        }
        assertEquals(server.count("operations"), positions.size());
        JsonNode empty = office.pull(cursor, null).json();
        assertEquals(0, empty.get("operations").size());
        assertEquals(cursor, empty.get("nextCursor").asText());
    }

    @Test
    void inspectorsPullOnlyTheirProjectsAndTheCursorStillAdvances() {
        var office = api.login("office", "dev-a6");
        var ops = new TestOps("office", "dev-a6");
        UUID inOther = UUID.randomUUID();
        office.push(List.of(ops.complaint(inOther, server.otherUnits().get(1).id(), "江南府投诉"),
                ops.complaint(UUID.randomUUID(), unit(50), "滨江花园投诉")));
        var inspector2 = api.login("inspector2", "dev-a7");
        JsonNode page = inspector2.pull("", 1000).json();
        page.get("operations").forEach(e ->
                assertEquals("complaint.received".equals(e.get("operation").get("type").asText())
                        ? server.otherUnits().stream().anyMatch(u -> u.id().toString().equals(
                        e.get("operation").get("payload").get("unitId").asText())) : true, true));
        assertTrue(page.get("operations").size() >= 1);
        JsonNode head = office.pull("", 1000).json();
        assertEquals(head.get("nextCursor").asText(), page.get("nextCursor").asText().split("\\.")[0],
                "the cursor advances past operations out of scope");
    }

    @Test
    void maintenanceSeesTheWorkOrdersAssignedToThemAndMayWorkOnlyOnThose() {
        var office = api.login("office", "dev-a8");
        var ops = new TestOps("office", "dev-a8");
        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        UUID contractor = server.demo().contractors.get(1).id();
        Operation assignMine = ops.assignWorkOrder(mine, contractor, "maintenance");
        Operation assignTheirs = ops.assignWorkOrder(theirs, contractor, "maintenance2");
        office.push(List.of(ops.createWorkOrder(mine, unit(60)), assignMine, ops.createWorkOrder(theirs, unit(61)),
                assignTheirs));
        var m = api.login("maintenance", "dev-a9");
        JsonNode page = m.pull("", 1000).json();
        List<String> entities = new ArrayList<>();
        page.get("operations").forEach(e -> entities.add(e.get("operation").get("entity").asText()));
        assertTrue(entities.contains(mine.toString()));
        assertFalse(entities.contains(theirs.toString()));

        var mops = new TestOps("maintenance", "dev-a9");
        JsonNode results = m.push(List.of(mops.arrived(mine, assignMine), mops.arrived(theirs, assignTheirs))).json().get("results");
        assertEquals("ACCEPTED", results.get(0).get("status").asText());
        assertEquals("OUT_OF_SCOPE", results.get(1).get("code").asText());

        JsonNode reference = m.get("/api/v1/reference").json();
        JsonNode units = reference.get("projects").get(0).get("units");
        assertEquals(1, units.size());
        assertEquals(unit(60).toString(), units.get(0).get("id").asText());
    }

    @Test
    void aWorkOrderAssignedAfterTheDevicePulledPastItsCreationArrivesWithItsHistory() {
        var office = api.login("office", "dev-c1");
        var ops = new TestOps("office", "dev-c1");
        UUID order = UUID.randomUUID();
        Operation created = ops.createWorkOrder(order, unit(62));
        office.push(List.of(created));
        var m = api.login("maintenance", "dev-c2");
        JsonNode before = m.pull("", 1000).json();
        String cursor = before.get("nextCursor").asText();
        assertFalse(entitiesOf(before).contains(order.toString()), "not yet in scope");

        office.push(List.of(ops.assignWorkOrder(order, server.demo().contractors.get(1).id(), "maintenance")));
        List<String> ids = new ArrayList<>();
        JsonNode page;
        do {
            page = m.pull(cursor, 1000).json();
            page.get("operations").forEach(e -> ids.add(e.get("operation").get("id").asText()));
            cursor = page.get("nextCursor").asText();
        } while (page.get("hasMore").asBoolean());
        assertTrue(ids.contains(created.id().toString()), "the creation made before the assignment is sent too");
    }

    private static List<String> entitiesOf(JsonNode page) {
        List<String> entities = new ArrayList<>();
        page.get("operations").forEach(e -> entities.add(e.get("operation").get("entity").asText()));
        return entities;
    }

    @Test
    void materialisedStateFollowsEachPushOnceFolded() {
        var s = api.login("inspector", "dev-b1");
        var ops = new TestOps("inspector", "dev-b1");
        UUID insp = UUID.randomUUID();
        UUID defect = UUID.randomUUID();
        s.push(List.of(ops.startInspection(insp, unit(70)),
                ops.item(insp, "LIVING", "F-LIVING-PAINT", ItemResult.FAIL, "墙面<script>alert(1)</script>'; DROP TABLE operations;--"),
                ops.openDefect(defect, unit(70), insp, "客厅墙面空鼓")));
        assertTrue(server.components().stateFolder().awaitCaughtUp(10_000));
        String status = server.components().db().read(c -> com.handover.server.store.jdbc.Sql.queryOne(c,
                "SELECT status FROM defects WHERE id = ?", rs -> rs.getString(1), defect.toString()).orElse(null));
        assertEquals("OPEN", status);
        long failed = server.components().db().read(c -> com.handover.server.store.jdbc.Sql.count(c,
                "SELECT failed_count FROM inspections WHERE id = ?", insp.toString()));
        assertEquals(1, failed);
    }
}
