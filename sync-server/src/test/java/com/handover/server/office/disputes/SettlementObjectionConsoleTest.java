package com.handover.server.office.disputes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ObjectionDecision;
import com.handover.model.Severity;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sla.Quarter;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.contractors.Scorecard;
import com.handover.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 异议 through the console: a self-repaired order deducted at 200 % is objected to by its contractor; while the
 * objection is open the settlement is 待确认 and 结算本季度 settles nothing; the office adjusts the amount with a
 * reason, the settlement and the 质保金 balance follow, and only then is the quarter settled, after which no
 * objection is taken.
 */
class SettlementObjectionConsoleTest {

    @Test
    void anObjectionKeepsTheSettlementProvisionalUntilItIsDecided() {
        try (ClockTestServer s = ClockTestServer.start()) {
            UUID order = s.selfRepairedAndConfirmed("1-104", 50_000);
            UUID contractor = s.components().db().read(c -> WorkOrderRows.byId(c, order))
                    .orElseThrow().contractorId();
            String q = Quarter.of(s.clock().instant(), s.clocks().settings().zone()).toString();
            String base = "/office/repair/contractors/" + contractor + "/objections";
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            assertEquals(100_000, line(s, order, q).chargebackFen(), "200 % of the 500 yuan repair");

            HttpResponse<String> noReason = office.post(base + "/" + order + "/record", Map.of("quarter", q,
                    "reason", "", "receivedBy", "陈静", "receivedAt", "2026-11-17T09:00"), true);
            assertEquals(400, noReason.statusCode());
            assertTrue(noReason.body().contains("请填写施工单位的异议理由"));
            HttpResponse<String> future = office.post(base + "/" + order + "/record", Map.of("quarter", q,
                    "reason", "未接到维修通知", "receivedBy", "陈静", "receivedAt", "2030-01-01T09:00"), true);
            assertEquals(400, future.statusCode());
            assertTrue(future.body().contains("不能晚于现在"));
            assertNull(state(s, order).objection(), "nothing stored from a bad form");

            assertEquals(303, office.post(base + "/" + order + "/record", Map.of("quarter", q,
                    "reason", "未接到维修通知，不应按200%扣款", "receivedBy", "陈静", "receivedAt", "2026-11-17T09:00"),
                    true).statusCode());
            assertTrue(state(s, order).objectionOpen());
            String page = office.get(base + "?quarter=" + q).body();
            assertTrue(page.contains("待确认"));
            assertTrue(page.contains("未接到维修通知，不应按200%扣款"));
            assertTrue(page.contains("陈静 于 2026-11-17 09:00 接收"), page);

            HttpResponse<String> settle = office.post("/office/repair/contractors/" + contractor + "/settle",
                    Map.of("quarter", q), true);
            assertEquals(303, settle.statusCode());
            assertTrue(settle.headers().firstValue("Location").orElseThrow().contains("objectionsOpen=1"));
            assertEquals(WorkOrderStatus.CONFIRMED, state(s, order).status(), "nothing settled while it is open");
            String contractors = office.get("/office/repair/contractors?quarter=" + q + "&objectionsOpen=1&by=" + contractor).body();
            assertTrue(contractors.contains("还有 1 条扣款异议未处理"));

            HttpResponse<String> noAmount = office.post(base + "/" + order + "/decide", Map.of("quarter", q,
                    "decision", "ADJUST", "adjustedYuan", "", "reason", "按实际发生额扣除"), true);
            assertEquals(400, noAmount.statusCode());
            assertTrue(noAmount.body().contains("调整金额时请填写调整后的扣款金额"));
            assertEquals(303, office.post(base + "/" + order + "/decide", Map.of("quarter", q, "decision", "ADJUST",
                    "adjustedYuan", "500", "reason", "通话记录显示已通知，但地址有误，按实际发生额扣除"), true).statusCode());
            WorkOrderState decided = state(s, order);
            assertEquals(ObjectionDecision.ADJUST, decided.objection().decision());
            assertEquals(50_000, line(s, order, q).chargebackFen(), "the settlement follows the decision");
            Scorecard.Line card = new Scorecard(s.components(), s.clocks().repairClock()).lines(s.clock().instant())
                    .stream().filter(l -> l.contractor().id().equals(contractor)).findFirst().orElseThrow();
            assertEquals(50_000, card.deposit().deductedFen(), "and so does the 质保金 balance");

            assertEquals(303, office.post("/office/repair/contractors/" + contractor + "/settle", Map.of("quarter", q),
                    true).statusCode());
            assertEquals(WorkOrderStatus.SETTLED, state(s, order).status());
            HttpResponse<String> late = office.post(base + "/" + order + "/record", Map.of("quarter", q,
                    "reason", "再次异议", "receivedBy", "陈静", "receivedAt", "2026-11-17T10:00"), true);
            assertEquals(409, late.statusCode());
            assertTrue(late.body().contains("结算已为最终结果"));
            String timeline = office.get("/office/units/" + s.unit("1-104").id()).body();
            assertTrue(timeline.contains("施工单位对扣款提出异议：未接到维修通知，不应按200%扣款"));
            assertTrue(timeline.contains("异议处理：调整金额，通话记录显示已通知"));
        }
    }

    @Test
    void anObjectionToAnOrderThatDeductsNothingIsRefusedAndNothingIsStored() {
        try (ClockTestServer s = ClockTestServer.start()) {
            s.handOver(s.unit("1-104"));
            UUID order = s.repairRequest(s.unit("1-104"), Severity.NORMAL, 50_000).workOrderId();
            s.arrive(order);
            s.complete(order, 50_000);
            s.confirmAll(order);
            UUID contractor = s.components().db().read(c -> WorkOrderRows.byId(c, order))
                    .orElseThrow().contractorId();
            String q = Quarter.of(s.clock().instant(), s.clocks().settings().zone()).toString();
            assertEquals(0, line(s, order, q).chargebackFen(), "on site in time: nothing deducted");
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            HttpResponse<String> refused = office.post("/office/repair/contractors/" + contractor + "/objections/"
                    + order + "/record", Map.of("quarter", q, "reason", "不应扣款", "receivedBy", "陈静",
                    "receivedAt", LocalDateTime.ofInstant(s.clock().instant(), s.clocks().settings().zone())
                            .minusHours(1).withSecond(0).withNano(0).toString()), true);
            assertEquals(409, refused.statusCode());
            assertTrue(refused.body().contains("这张维修单没有扣款"), refused.body());
            assertNull(state(s, order).objection(), "nothing stored");
        }
    }

    @Test
    void aWithdrawnDeductionTakesNoSecondObjection() {
        try (ClockTestServer s = ClockTestServer.start()) {
            UUID order = s.selfRepairedAndConfirmed("1-104", 50_000);
            UUID contractor = s.components().db().read(c -> WorkOrderRows.byId(c, order))
                    .orElseThrow().contractorId();
            String q = Quarter.of(s.clock().instant(), s.clocks().settings().zone()).toString();
            String base = "/office/repair/contractors/" + contractor + "/objections/" + order;
            String receivedAt = LocalDateTime.ofInstant(s.clock().instant(), s.clocks().settings().zone()).minusHours(1)
                    .withSecond(0).withNano(0).toString();
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            assertEquals(303, office.post(base + "/record", Map.of("quarter", q, "reason", "未接到维修通知",
                    "receivedBy", "陈静", "receivedAt", receivedAt), true).statusCode());
            assertEquals(303, office.post(base + "/decide", Map.of("quarter", q, "decision", "WITHDRAW",
                    "reason", "通知未送达，撤销扣款"), true).statusCode());
            assertEquals(0, line(s, order, q).chargebackFen(), "withdrawn: nothing deducted");

            HttpResponse<String> again = office.post(base + "/record", Map.of("quarter", q, "reason", "再次异议",
                    "receivedBy", "陈静", "receivedAt", receivedAt), true);
            assertEquals(409, again.statusCode());
            assertTrue(again.body().contains("这张维修单没有扣款"), again.body());
            assertFalse(state(s, order).objectionOpen(), "nothing stored");
        }
    }

    private static RepairReports.Line line(ClockTestServer s, UUID order, String quarter) {
        return s.clocks().reports().settlement(Quarter.parse(quarter)).lines().stream()
                .filter(l -> l.workOrderId().equals(order)).findFirst().orElseThrow();
    }

    private static WorkOrderState state(ClockTestServer s, UUID order) {
        UUID unit = s.unit("1-104").id();
        return s.clocks().records().of(unit).workOrders().get(order);
    }
}
