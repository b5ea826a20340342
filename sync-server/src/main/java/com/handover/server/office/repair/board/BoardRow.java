package com.handover.server.office.repair.board;

import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.office.query.DueGroup;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One line of the board: the order, where it is, who answers for it, what it is about, its clocks and how
 * urgent its on-site deadline is.
 */
public record BoardRow(WorkOrderRow order, String unitLabel, String contractor, String room, String description,
                       RepairClock.Status clock, DueGroup group) {

    /** The urgency of an order's on-site deadline: its clock runs until someone is on site. */
    static DueGroup group(WorkOrderRow order, RepairClock.Status status, Instant now, ZoneId zone) {
        return DueGroup.of(order.awaitingArrival(), status.late(), status.deadline().due(), now, zone);
    }
}
