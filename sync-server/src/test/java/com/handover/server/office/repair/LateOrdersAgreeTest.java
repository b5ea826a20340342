package com.handover.server.office.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.office.browser.ConsoleServer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An order nobody has reached by its on-site deadline is late on every page alike: the dashboard, the work-order
 * board and the order's own page. An emergency assigned to someone is late too, though no contractor's deadline
 * ran out (its chargeback and escalation follow the contractor's clock alone).
 */
class LateOrdersAgreeTest {

    private static final Instant REPORTED = Instant.parse("2026-11-28T04:55:00Z");

    private static WorkOrderRow assigned(boolean emergency, Instant arrivedAt) {
        return new WorkOrderRow(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                arrivedAt == null ? WorkOrderStatus.ASSIGNED : WorkOrderStatus.ARRIVED, WorkOrderSource.OWNER_REPORT,
                null, UUID.randomUUID(), "maintenance", emergency ? Severity.EMERGENCY : Severity.NORMAL, emergency,
                "PLUMBING", 50_000, null, false, REPORTED, arrivedAt, null, null, null);
    }

    @Test
    void anAssignedEmergencyNobodyReachedIsLateButNoContractorsDeadlineIsMissed() {
        try (ClockTestServer server = ClockTestServer.start()) {
            check(server.clocks().repairClock());
        }
    }

    private static void check(RepairClock clock) {
        Instant later = REPORTED.plus(Duration.ofDays(9));
        RepairClock.Status emergency = clock.status(assigned(true, null), later);
        assertTrue(emergency.late(), "nobody on site long after an emergency's deadline");
        assertFalse(emergency.overdue(), "no contractor's deadline to escalate or charge for");
        assertTrue(emergency.timeLeft().isNegative(), "its time is past, not left");

        RepairClock.Status normal = clock.status(assigned(false, null), later);
        assertTrue(normal.late() && normal.overdue());
        RepairClock.Status reached = clock.status(assigned(true, REPORTED.plus(Duration.ofMinutes(40))), later);
        assertFalse(reached.late() || reached.overdue(), "someone arrived: no clock runs");
    }

    @Test
    void theDashboardAndTheBoardCountTheSameLateOrders() {
        try (ConsoleServer server = ConsoleServer.start()) {
            ConsoleHttp office = ConsoleHttp.signIn(server.baseUrl(), "office", ConsoleServer.PASSWORD);
            int dashboard = number(office.get("/office/").body(), "id=\"dash-overdue-count\" data-count=\"(\\d+)\"");
            int board = number(office.get("/office/repair/work-orders").body(), "id=\"overdue-count\">(\\d+)<");
            assertTrue(dashboard > 0, "the demo has late orders");
            assertEquals(dashboard, board, "late orders on the dashboard and on the board");
        }
    }

    private static int number(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertTrue(m.find(), regex);
        return Integer.parseInt(m.group(1));
    }
}
