package com.handover.server.clock;

import com.handover.server.sync.ServerOperations;
import com.handover.server.config.ClockSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ComplaintCategory;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import com.handover.model.WorkOrderStatus;
import com.handover.model.json.OperationCodec;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.sla.SlaPolicy;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.warranty.WarrantyTerm;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.office.repair.intake.IntakeRequest;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.reference.TemplateStore;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.ApiClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clock job on a real server and SQLite file, with a clock the test moves: no sleeping. */
class ClockJobTest {

    static IntakeOutcome repairRequest(ClockTestServer s, Unit unit, Severity urgency, long estimatedFen) {
        return s.repairRequest(unit, urgency, estimatedFen);
    }

    private static long flags(ClockTestServer s, String flag) {
        return s.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM sla_flags WHERE flag = ?", flag));
    }

    @Test
    void aWorkOrderIsFlaggedOverdueOneSecondAfterItsOnSiteDeadlineAndNoLongerOnceSomeoneArrives() {
        try (ClockTestServer s = ClockTestServer.start()) {
            IntakeOutcome taken = repairRequest(s, s.unit("1-101"), Severity.NORMAL, 50_000);
            assertEquals(ClockTestServer.START.plus(Duration.ofHours(24)), taken.onSite().due(), "≤1000元: 24 h");
            assertNotNull(taken.contractor(), "the plumbing contractor is responsible for a pipe leak");

            s.clock().advance(Duration.ofHours(24));
            assertEquals(0, s.clocks().job().run().overdueWorkOrders(), "on the deadline itself it is not overdue");
            s.clock().advance(Duration.ofSeconds(1));
            ClockJob.Run run = s.clocks().job().run();
            assertEquals(1, run.overdueWorkOrders());
            assertEquals(0, run.escalated(), "escalation is the office's decision by default");
            assertEquals(1, flags(s, ClockJob.WORK_ORDER_OVERDUE));
            long due = s.components().db().read(c -> Sql.count(c, "SELECT due_at_ms FROM sla_flags WHERE entity_id = ?",
                    taken.workOrderId()));
            assertEquals(taken.onSite().due().toEpochMilli(), due);

            s.arrive(taken.workOrderId());
            assertEquals(0, s.clocks().job().run().overdueWorkOrders());
            assertEquals(0, flags(s, ClockJob.WORK_ORDER_OVERDUE));
        }
    }

    @Test
    void aRepairAboveOneThousandYuanHasThirtySixHours() {
        try (ClockTestServer s = ClockTestServer.start()) {
            IntakeOutcome taken = repairRequest(s, s.unit("1-102"), Severity.NORMAL, 100_001);
            assertEquals(ClockTestServer.START.plus(Duration.ofHours(36)), taken.onSite().due());
            s.clock().advance(Duration.ofHours(30));
            assertEquals(0, s.clocks().job().run().overdueWorkOrders());
        }
    }

    @Test
    void withAutoEscalationTheJobWritesOneEscalationAsTheServerNodeThatDevicesPull() throws Exception {
        ClockSettings auto = new ClockSettings(Duration.ofMinutes(1), true, SlaPolicy.defaults());
        try (ClockTestServer s = ClockTestServer.start(auto)) {
            IntakeOutcome taken = repairRequest(s, s.unit("1-103"), Severity.NORMAL, 40_000);
            s.clock().advance(Duration.ofHours(25));
            assertEquals(1, s.clocks().job().run().escalated());
            assertEquals(0, flags(s, ClockJob.WORK_ORDER_OVERDUE), "the developer's team has it: nobody is awaited");
            assertEquals(0, s.clocks().job().run().escalated(), "an escalated order is not escalated twice");

            WorkOrderRow row = s.components().db().read(c -> WorkOrderRows.byId(c, taken.workOrderId())).orElseThrow();
            assertEquals(WorkOrderStatus.SELF_REPAIR, row.status());
            assertTrue(row.selfRepair());

            ApiClient.Session office = new ApiClient(s.baseUrl()).login("office", "office-tablet");
            var pulled = office.pull("", 1000).json().get("operations");
            Operation escalation = null;
            for (var entry : pulled) {
                Operation op = new OperationCodec().fromTree(entry.get("operation"));
                if (op.type() == OperationType.WORK_ORDER_ESCALATED) {
                    escalation = op;
                }
            }
            assertNotNull(escalation, "devices pull the server's escalation like any operation");
            assertEquals("server-1", escalation.device());
            assertEquals("server-1", escalation.hlc().node());
            assertEquals(ServerOperations.SYSTEM.username(), escalation.actor());
            assertEquals(taken.workOrderId(), escalation.entity());
        }
    }

    @Test
    void theChargebackOfASelfRepairIsTwiceTheActualCostAndAnEmergencyIsChargedAtCost() {
        try (ClockTestServer s = ClockTestServer.start()) {
            IntakeOutcome normal = repairRequest(s, s.unit("1-104"), Severity.NORMAL, 60_000);
            IntakeOutcome emergency = repairRequest(s, s.unit("1-201"), Severity.EMERGENCY, 30_000);
            assertEquals(ClockTestServer.START, emergency.onSite().due(),
                    "售后维修工作规定 第1条: emergencies are repaired at once, with no invented figure");
            s.clock().advance(Duration.ofHours(25));
            Escalations escalations = s.clocks().escalations();
            var preview = escalations.escalate(normal.workOrderId(), ClockTestServer.user("office"), "超时未到场",
                    s.clock().instant(), true, false);
            assertTrue(preview.escalated());
            assertEquals(120_000, preview.chargeback().fen(), "200 % of the 600 yuan estimate until the cost is known");
            WorkOrderRow taken = s.components().db().read(c -> WorkOrderRows.byId(c, emergency.workOrderId())).orElseThrow();
            assertEquals(WorkOrderStatus.SELF_REPAIR, taken.status(), "the 售后维修部 has an emergency from intake on");
            assertTrue(taken.selfRepair());
            s.complete(normal.workOrderId(), 80_000);
            s.complete(emergency.workOrderId(), 30_000);
            RepairClock clock = s.clocks().repairClock();
            WorkOrderRow n = s.components().db().read(c -> WorkOrderRows.byId(c, normal.workOrderId())).orElseThrow();
            WorkOrderRow e = s.components().db().read(c -> WorkOrderRows.byId(c, emergency.workOrderId())).orElseThrow();
            assertEquals(160_000, s.components().db().read(c -> clock.bookedChargeback(n, clock.windows(c).of(n))).fen());
            assertEquals(30_000, s.components().db().read(c -> clock.bookedChargeback(e, clock.windows(c).of(e))).fen());
        }
    }

    @Test
    void aComplaintNotAnsweredWithinTwentyFourHoursIsFlaggedUntilItIsAnswered() {
        try (ClockTestServer s = ClockTestServer.start()) {
            IntakeService intake = new IntakeService(s.components(), s.clocks(), new TemplateStore(s.components().db()));
            IntakeOutcome taken = intake.take(new IntakeRequest(s.unit("2-101").id(), IntakeRequest.Kind.COMPLAINT,
                    IntakeChannel.WEB, ComplaintCategory.SALES, null, null, "交房时间与合同不符", Severity.NORMAL, null,
                    null, 0), ClockTestServer.user("office"));
            assertEquals(null, taken.workOrderId(), "a sales complaint needs no work order");
            s.clock().advance(Duration.ofHours(24).plusMinutes(1));
            assertEquals(1, s.clocks().job().run().lateComplaints());
            intake.answer(taken.complaintId(), "已联系销售部，三日内回复", ClockTestServer.user("office"));
            assertEquals(0, s.clocks().job().run().lateComplaints());
            assertEquals(0, flags(s, ClockJob.COMPLAINT_ANSWER_LATE));
        }
    }

    @Test
    void aHandedOverUnitGetsItsWarrantyExpiryPerCategoryFromTheSignOffDate() {
        try (ClockTestServer s = ClockTestServer.start()) {
            Unit unit = s.unit("1-301");
            s.handOver(unit);
            assertEquals(1, s.clocks().job().run().warrantyUnitsComputed());
            assertEquals(0, s.clocks().job().run().warrantyUnitsComputed(), "unchanged units are not recomputed");
            Project project = s.components().db().read(c -> s.components().sites().projects(c)).get(0);
            LocalDate handover = LocalDate.of(2026, 11, 16);
            List<WarrantyTerm> expected = s.clocks().warranties().terms(project,
                    s.components().db().read(c -> s.components().sites().warrantySettings(c, project.id())), handover);
            Map<String, String> stored = new java.util.HashMap<>();
            s.components().db().read(c -> {
                for (var row : Sql.query(c, "SELECT category, buyer_expiry, handover_date FROM unit_warranty WHERE unit_id = ?",
                        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, unit.id())) {
                    stored.put(row[0], row[1]);
                    assertEquals("2026-11-16", row[2]);
                }
                return null;
            });
            assertEquals(expected.size(), stored.size());
            for (WarrantyTerm t : expected) {
                assertEquals(t.buyerExpiry() == null ? null : t.buyerExpiry().toString(), stored.get(t.category()),
                        t.category());
            }
            // 建房[1998]102号 第五条 灯具、电器开关 6个月 vs the contractor's 2 years (条例 第四十条) from completion:
            // the longer, the contractor's remainder, wins (88号令 第三十三条).
            assertFalse(stored.get("LIGHTING_SWITCH").compareTo("2027-05-16") <= 0,
                    "the buyer keeps the remainder of the contractor's longer period");
        }
    }

    @Test
    void theSchedulerRunsTheJobAgainAndAgainAtItsInterval() throws Exception {
        try (ClockTestServer s = ClockTestServer.start()) {
            java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(2);
            try (ClockScheduler scheduler = ClockScheduler.start(s.clocks().job(), Duration.ZERO, Duration.ofMillis(20), () -> {
                ran.countDown();
                return false;
            })) {
                assertTrue(ran.await(10, java.util.concurrent.TimeUnit.SECONDS), "two runs within ten seconds");
                assertTrue(scheduler.running());
            }
        }
    }

    @Test
    void theSchedulerStopsItselfOnceStopped() throws Exception {
        try (ClockTestServer s = ClockTestServer.start()) {
            ClockScheduler scheduler = ClockScheduler.start(s.clocks().job(), Duration.ZERO, Duration.ofMillis(10),
                    () -> true);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (scheduler.running() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertFalse(scheduler.running());
        }
    }
}
