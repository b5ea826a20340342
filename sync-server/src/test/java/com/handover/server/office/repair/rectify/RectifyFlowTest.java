package com.handover.server.office.repair.rectify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.DefectCloseReason;
import com.handover.model.DefectStatus;
import com.handover.model.WorkOrderStatus;
import com.handover.model.rectify.Rectification;
import com.handover.model.site.Unit;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.UnitRecords;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's 发送整改 creates the 整改 order with its deadline; the maintenance user pulls it, checks in and
 * completes it from the phone's sync API; the 复验 closes the defect, or reopens it so it can be sent again.
 */
class RectifyFlowTest {

    private static ClockTestServer server;
    private static ConsoleHttp office;
    private static ApiClient api;
    private static final TestOps INSPECTOR = new TestOps("inspector", "pad-r1",
            ClockTestServer.START.toEpochMilli());
    /** The 复验 comes after the repair: its clock runs a day later. */
    private static final TestOps REINSPECTION = new TestOps("inspector", "pad-r1",
            ClockTestServer.START.toEpochMilli() + 86_400_000L);
    /** The repair comes after the order was sent: its clock runs an hour later. */
    private static final TestOps MAINTENANCE = new TestOps("maintenance", "phone-r1",
            ClockTestServer.START.toEpochMilli() + 3_600_000L);

    @BeforeAll
    static void start() {
        server = ClockTestServer.start();
        office = ConsoleHttp.signIn(server.baseUrl(), "office", TestServer.PASSWORD);
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static LocalDate today() {
        return ClockTestServer.START.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    /** A handover of the unit with one failed item: the defect, as the inspector's tablet pushes it. */
    private static UUID handoverDefect(Unit unit, ApiClient.Session inspector) {
        UUID inspection = UUID.randomUUID();
        UUID defect = UUID.randomUUID();
        accepted(inspector.push(List.of(INSPECTOR.startInspection(inspection, unit.id()),
                INSPECTOR.openDefect(defect, unit.id(), inspection, "客厅墙面空鼓约0.2㎡"))));
        return defect;
    }

    private static void accepted(ApiClient.Response pushed) {
        JsonNode results = pushed.json().get("results");
        assertNotNull(results, pushed.body());
        results.forEach(r -> assertEquals("ACCEPTED", r.get("status").asText(), pushed.body()));
    }

    private static Map<String, String> form(String contractor, LocalDate rectifyBy) {
        Map<String, String> f = new HashMap<>();
        f.put("contractor", contractor);
        f.put("assignee", "maintenance");
        f.put("rectifyBy", rectifyBy.toString());
        f.put("estimatedCost", "300");
        return f;
    }

    private static long operations() {
        return server.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM operations"));
    }

    private static ReplicaState unitState(Unit unit) {
        return server.clocks().records().of(unit.id());
    }

    private static WorkOrderState orderOf(Unit unit, UUID defect) {
        return unitState(unit).workOrders().values().stream().filter(w -> defect.equals(w.defectId()))
                .filter(w -> w.status() != WorkOrderStatus.COMPLETED).findFirst().orElseThrow();
    }

    /** The console's form: the responsible contractor preselected; bad input refused with nothing stored. */
    private static String sendFromConsole(Unit unit, UUID defect) {
        String page = office.get("/office/units/" + unit.id()).body();
        assertTrue(page.contains("data-rectify=\"" + defect + "\""), "the unit page offers 发送整改");
        String civil = server.demo().contractors.stream().filter(k -> k.trades().contains("CIVIL")).findFirst()
                .orElseThrow().id().toString();
        String formPage = office.get(RectifyPages.BASE + "/" + defect).body();
        assertTrue(formPage.contains("value=\"" + civil + "\" selected"), "the CIVIL contractor is preselected");
        String trail = formPage.substring(formPage.indexOf("<nav class=\"breadcrumbs\">"));
        trail = trail.substring(0, trail.indexOf("</nav>"));
        for (String step : List.of("href=\"/office/projects\"", "href=\"/office/projects/" + server.demo().project.id(),
                "href=\"/office/buildings/" + unit.buildingId(), "href=\"/office/units/" + unit.id())) {
            assertTrue(trail.contains(step), "the trail runs project, building, unit as the unit page's: " + trail);
        }
        assertTrue(formPage.contains("class=\"primary\" id=\"rectify-send\""), "the page's main button");
        assertTrue(formPage.contains("value=\"" + Rectification.defaultDeadline(today()) + "\""),
                "the default deadline is filled in");
        long before = operations();
        for (Map<String, String> bad : List.of(form(civil, today().minusDays(1)), form(civil, today().plusDays(91)),
                form(UUID.randomUUID().toString(), today().plusDays(3)))) {
            HttpResponse<String> r = office.post(RectifyPages.BASE + "/" + defect, bad, true);
            assertEquals(400, r.statusCode(), bad.toString());
            assertTrue(r.body().contains("rectify-error"));
        }
        Map<String, String> noAssignee = form(civil, today().plusDays(3));
        noAssignee.put("assignee", "office");
        assertEquals(400, office.post(RectifyPages.BASE + "/" + defect, noAssignee, true).statusCode());
        assertEquals(before, operations(), "nothing of a refused form is stored");
        HttpResponse<String> sent = office.post(RectifyPages.BASE + "/" + defect, form(civil, today().plusDays(5)),
                true);
        assertEquals(303, sent.statusCode(), sent.body());
        assertEquals(409, office.post(RectifyPages.BASE + "/" + defect, form(civil, today().plusDays(5)), true)
                .statusCode(), "a defect with a running order is not sent twice");
        return civil;
    }

    private static Operation step(TestOps ops, Unit unit, OperationType type, UUID entity, EntityKind kind,
                                  Payload payload) {
        return ops.op(type, entity, UnitRecords.inEffect(unitState(unit), kind, entity, "status"), payload);
    }

    /** The maintenance phone pulls the order, checks in and completes it, moving the defect along. */
    private static void repairOnThePhone(Unit unit, UUID defect) {
        ApiClient.Session phone = api.login("maintenance", "phone-r1");
        JsonNode pulled = phone.pull("", 1000).json();
        WorkOrderState order = orderOf(unit, defect);
        boolean seen = false;
        for (JsonNode e : pulled.get("operations")) {
            JsonNode op = e.get("operation");
            if (op.get("type").asText().equals("workorder.created") && op.get("entity").asText()
                    .equals(order.id().toString())) {
                assertEquals(today().plusDays(5).toString(), op.get("payload").get("rectifyBy").asText());
                seen = true;
            }
        }
        assertTrue(seen, "the assigned maintenance user pulls the 整改 order with its deadline");
        for (Payload p : List.<Payload>of(new WorkOrderOps.Arrived(ClockTestServer.START),
                new WorkOrderOps.Completed("铲除空鼓重新批灰", 28_000, List.of(), List.of()))) {
            OperationType type = p instanceof WorkOrderOps.Arrived ? OperationType.WORK_ORDER_ARRIVED
                    : OperationType.WORK_ORDER_COMPLETED;
            Operation orderStep = step(MAINTENANCE, unit, type, order.id(), EntityKind.WORK_ORDER, p);
            var defectStep = Rectification.followingStep(unitState(unit).defects().get(defect), p).orElseThrow();
            Operation defectOp = step(MAINTENANCE, unit, defectStep.type(), defect, EntityKind.DEFECT,
                    defectStep.payload());
            accepted(phone.push(List.of(orderStep, defectOp)));
        }
        assertEquals(DefectStatus.REPAIRED, unitState(unit).defects().get(defect).status());
    }

    @Test
    void aPassedReinspectionClosesTheRectifiedDefect() {
        Unit unit = server.unit("2-301");
        ApiClient.Session inspector = api.login("inspector", "pad-r1");
        UUID defect = handoverDefect(unit, inspector);
        String civil = sendFromConsole(unit, defect);
        WorkOrderState order = orderOf(unit, defect);
        assertEquals(WorkOrderStatus.ASSIGNED, order.status());
        assertEquals(today().plusDays(5), order.rectifyBy());
        assertEquals("maintenance", order.assignee());
        assertEquals(DefectStatus.ASSIGNED, unitState(unit).defects().get(defect).status());
        assertEquals(civil, unitState(unit).defects().get(defect).contractorId().toString());
        assertTrue(office.get("/office/units/" + unit.id()).body().contains("data-rectify-by=\"" + order.id() + "\""),
                "the unit page shows the 整改期限");
        assertTrue(office.get("/office/repair/work-orders").body().contains(order.id().toString()),
                "the order is on the work-order board");
        repairOnThePhone(unit, defect);
        UUID reinspection = UUID.randomUUID();
        accepted(inspector.push(List.of(REINSPECTION.op(OperationType.DEFECT_CLOSED, defect,
                UnitRecords.inEffect(unitState(unit), EntityKind.DEFECT, defect, "status"),
                new DefectOps.Closed(DefectCloseReason.REINSPECTION_PASSED, reinspection)))));
        assertEquals(DefectStatus.CLOSED, unitState(unit).defects().get(defect).status());
        assertFalse(office.get("/office/units/" + unit.id()).body().contains("data-rectify=\"" + defect + "\""));
    }

    @Test
    void aFailedReinspectionReopensTheDefectForAnotherRectification() {
        Unit unit = server.unit("2-302");
        ApiClient.Session inspector = api.login("inspector", "pad-r1");
        UUID defect = handoverDefect(unit, inspector);
        sendFromConsole(unit, defect);
        repairOnThePhone(unit, defect);
        accepted(inspector.push(List.of(REINSPECTION.op(OperationType.DEFECT_REOPENED, defect,
                UnitRecords.inEffect(unitState(unit), EntityKind.DEFECT, defect, "status"),
                new DefectOps.Reopened("复验发现修补处仍有空鼓", UUID.randomUUID(), List.of())))));
        assertEquals(DefectStatus.REOPENED, unitState(unit).defects().get(defect).status());
        assertTrue(office.get("/office/units/" + unit.id()).body().contains("data-rectify=\"" + defect + "\""),
                "a reopened defect can be sent for 整改 again");
        assertNotNull(office.get(RectifyPages.BASE + "/" + defect));
    }
}
