package com.handover.server.office.disputes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.model.sla.Quarter;
import com.handover.model.sla.SlaRule;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.Escalations;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.contractors.Scorecard;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * 售后维修工作规定 第5条: only 质保期内 problems are deducted from the contractor's 质保金. A leaking pipe reported
 * after the contractor's own two years (from 竣工验收 2026-06-30) but inside the buyer's year from a late handover
 * is repaired by the 售后维修部 when the contractor does not come, yet nothing is charged to the contractor, and the order says why.
 */
class DeductionWindowTest {

    @Test
    void aSelfRepairReportedAfterTheContractorsWarrantyIsRepairedButNotDeducted() {
        try (ClockTestServer s = ClockTestServer.start()) {
            s.clock().advance(Duration.between(ClockTestServer.START, Instant.parse("2027-12-01T02:00:00Z")));
            s.handOver(s.unit("1-104"));
            s.clock().advance(Duration.ofDays(240)); // 2028-07-28: the contractor's period for pipes ended 2028-06-30
            IntakeOutcome emergency = s.repairRequest(s.unit("1-104"), Severity.NORMAL, 30_000);
            assertNotNull(emergency.workOrderId(), "inside the buyer's warranty: a work order is made");
            s.clock().advance(Duration.ofHours(30));
            Escalations.Outcome escalated = s.clocks().escalations().escalate(emergency.workOrderId(),
                    ClockTestServer.user("office"), "逾期无人到场", s.clock().instant(), true, false);
            assertTrue(escalated.escalated());
            assertEquals(0, escalated.chargeback().fen(), "the preview already says nothing will be deducted");
            s.complete(emergency.workOrderId(), 45_000);

            Scorecard.Line plumbing = new Scorecard(s.components(), s.clocks().repairClock()).lines(s.clock().instant())
                    .stream().filter(l -> l.contractor().name().contains("给排水")).findFirst().orElseThrow();
            assertEquals(0, plumbing.deposit().deductedFen(), "outside the contractor's warranty nothing is deducted");

            s.confirmAll(emergency.workOrderId());
            RepairReports.Settlement q = s.clocks().reports().settlement(Quarter.parse("2028-Q3"));
            RepairReports.Line line = q.lines().stream().filter(l -> l.workOrderId().equals(emergency.workOrderId()))
                    .findFirst().orElseThrow();
            assertEquals(45_000, line.actualCostFen());
            assertEquals(0, line.chargebackFen());
            assertEquals(SlaRule.NO_CHARGEBACK_OUTSIDE_CONTRACTOR_WARRANTY, line.chargebackRule());
            assertEquals(0, q.total().chargebackFen(), "the settlement's total agrees with its lines");

            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            HttpResponse<String> page = office.get("/office/repair/work-orders/" + emergency.workOrderId());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("报修时已过施工单位保修期，不扣质保金"), page.body());
            assertTrue(page.body().contains("售后维修工作规定 第5条"), "the rule is quoted");
            assertTrue(page.body().contains("id=\"deduction-window\""));
        }
    }

    @Test
    void theSameEmergencyInsideTheContractorsWarrantyIsDeductedAtActualCost() {
        try (ClockTestServer s = ClockTestServer.start()) {
            s.handOver(s.unit("1-104"));
            IntakeOutcome emergency = s.repairRequest(s.unit("1-104"), Severity.EMERGENCY, 30_000);
            s.clock().advance(Duration.ofHours(3));
            s.complete(emergency.workOrderId(), 45_000);
            Scorecard.Line plumbing = new Scorecard(s.components(), s.clocks().repairClock()).lines(s.clock().instant())
                    .stream().filter(l -> l.contractor().name().contains("给排水")).findFirst().orElseThrow();
            assertEquals(45_000, plumbing.deposit().deductedFen());
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            String body = office.get("/office/repair/work-orders/" + emergency.workOrderId()).body();
            assertTrue(body.contains("id=\"deduction-window\""));
            assertTrue(!body.contains("id=\"outside-window\""), "inside the window: no notice");
        }
    }
}
