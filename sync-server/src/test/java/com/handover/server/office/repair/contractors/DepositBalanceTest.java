package com.handover.server.office.repair.contractors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Each contractor's 质保金 balance: the deposit minus every deduction to date, shown below zero when overdrawn. */
class DepositBalanceTest {

    @Test
    void anEmergencyCostingMoreThanTheDepositLeavesANegativeBalanceOnTheScorecard() {
        try (ClockTestServer s = ClockTestServer.start()) {
            IntakeOutcome normal = s.repairRequest(s.unit("1-104"), Severity.NORMAL, 60_000);
            IntakeOutcome emergency = s.repairRequest(s.unit("1-201"), Severity.EMERGENCY, 30_000);
            s.clock().advance(Duration.ofHours(1));
            s.arrive(normal.workOrderId());
            s.complete(normal.workOrderId(), 50_000);
            s.complete(emergency.workOrderId(), 45_000_000L);
            Scorecard.Line plumbing = new Scorecard(s.components(), s.clocks().repairClock()).lines(s.clock().instant())
                    .stream().filter(l -> l.contractor().name().contains("给排水")).findFirst().orElseThrow();
            assertEquals(40_000_000L, plumbing.deposit().depositFen());
            assertEquals(45_000_000L, plumbing.deposit().deductedFen(),
                    "the emergency at actual cost; the contractor's own repair in time costs nothing");
            assertEquals(-5_000_000L, plumbing.deposit().balanceFen(), "never clamped to zero");
            assertTrue(plumbing.deposit().overdrawn());

            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            HttpResponse<String> page = office.get("/office/repair/contractors?quarter=2026-Q4");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("质保金余额"), "the column is labelled");
            assertTrue(page.body().contains("¥-50,000.00"), "the overdrawn balance is shown negative");
        }
    }
}
