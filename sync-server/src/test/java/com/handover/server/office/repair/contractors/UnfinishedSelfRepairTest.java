package com.handover.server.office.repair.contractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.testing.TestServer;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A self-repair books its deduction once its actual cost is known. Until then the scorecard shows nothing deducted
 * for it, and says how many such repairs are pending and what they will deduct on their estimates (200 %).
 */
class UnfinishedSelfRepairTest {

    @Test
    void theScorecardSaysWhatAnUnfinishedSelfRepairWillDeductUntilItsCostIsBooked() {
        try (ClockTestServer s = ClockTestServer.start()) {
            s.handOver(s.unit("1-104"));
            IntakeOutcome order = s.repairRequest(s.unit("1-104"), Severity.NORMAL, 30_000);
            s.clock().advance(Duration.ofHours(30));
            assertTrue(s.clocks().escalations().escalate(order.workOrderId(), ClockTestServer.user("office"),
                    "逾期无人到场", s.clock().instant(), true, false).escalated());

            Scorecard.Line pending = line(s, order.workOrderId());
            assertEquals(1, pending.selfRepaired());
            assertEquals(0, pending.chargebackFen(), "nothing is booked before the actual cost is known");
            assertEquals(new Scorecard.SelfRepairsUnfinished(1, 60_000), pending.unfinished());
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            String page = office.get("/office/repair/contractors").body();
            assertTrue(page.contains("另有 1 单自行维修未完工，按预估约扣 ¥600.00"), page);

            s.complete(order.workOrderId(), 45_000);
            Scorecard.Line booked = line(s, order.workOrderId());
            assertEquals(90_000, booked.chargebackFen());
            assertEquals(Scorecard.SelfRepairsUnfinished.NONE, booked.unfinished());
            assertFalse(office.get("/office/repair/contractors").body().contains("scorecard-pending"),
                    "once booked, nothing is pending");
        }
    }

    private static Scorecard.Line line(ClockTestServer s, UUID order) {
        UUID contractor = s.components().db().read(conn -> WorkOrderRows.byId(conn, order))
                .orElseThrow().contractorId();
        return new Scorecard(s.components(), s.clocks().repairClock()).lines(s.clock().instant()).stream()
                .filter(l -> l.contractor().id().equals(contractor)).findFirst().orElseThrow();
    }
}
