package com.handover.server.office.repair.board;

import com.handover.server.clock.RepairClock;
import com.handover.server.clock.WorkOrderRow;

/** One line of the board: the order, where it is, who answers for it, what it is about and its clocks. */
public record BoardRow(WorkOrderRow order, String unitLabel, String contractor, String room, String description,
                       RepairClock.Status clock) {

    /** Hours (rounded towards zero) left before the on-site deadline; negative when past it. */
    public long hoursLeft() {
        return clock.timeLeft().toHours();
    }

    public long minutesLeftPart() {
        return Math.abs(clock.timeLeft().toMinutesPart());
    }
}
