package com.handover.server.office.repair.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.model.WorkOrderStatus;
import com.handover.model.site.Unit;
import com.handover.model.warranty.WarrantyStatus;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.testing.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A request past the warranty is an 有偿维修: the owner is told, no contractor, no deadline, no deduction. */
class PaidRepairTest {

    @Test
    void aRequestPastTheWarrantyIsAPaidRepairWithNoContractorDeadlineOrCharge() {
        try (ClockTestServer s = ClockTestServer.start()) {
            Unit unit = s.unit("1-1203");
            s.handOver(unit);
            s.clock().advance(Duration.ofDays(365 * 6));
            IntakeOutcome taken = s.repairRequest(unit, Severity.NORMAL, 60_000);
            assertEquals(WarrantyStatus.OUT_OF_WARRANTY, taken.warranty().status());
            assertNull(taken.contractor(), "no contractor is called in for a paid repair");
            assertNull(taken.onSite(), "no on-site deadline runs");

            WorkOrderRow order = s.components().db().read(c -> WorkOrderRows.byId(c, taken.workOrderId())).orElseThrow();
            assertEquals(WorkOrderStatus.SELF_REPAIR, order.status(), "the 售后维修部 does it for the owner");
            assertNull(order.contractorId());
            s.clock().advance(Duration.ofDays(3));
            assertFalse(s.clocks().repairClock().status(order, s.clock().instant()).overdue());
            s.complete(taken.workOrderId(), 35_000);
            WorkOrderRow done = s.components().db().read(c -> WorkOrderRows.byId(c, taken.workOrderId())).orElseThrow();
            assertEquals(0, s.components().db().read(c -> s.clocks().repairClock().bookedChargeback(done,
                    s.clocks().repairClock().windows(c).of(done))).fen(), "nothing charged to anyone's 质保金");

            String page = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD)
                    .get("/office/repair/complaints/" + taken.complaintId()).body();
            assertTrue(page.contains("id=\"paid-repair\""), "the warranty answer tells the owner");
            assertTrue(page.contains("id=\"paid-repair-order\""), "the order shows it");
            assertTrue(page.contains("有偿维修，不计到场时限。"));
        }
    }
}
