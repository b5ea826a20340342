package com.handover.mobile.ui.workorders;

import com.handover.model.sync.state.WorkOrderState;
import java.time.Duration;
import java.time.Instant;

/** One of my work orders, with its deadline and the time left (negative: overdue). */
public record WorkOrderRow(WorkOrderState order, String unitLabel, Instant deadline, Duration timeLeft) {
    public boolean overdue() {
        return timeLeft != null && timeLeft.isNegative();
    }
}
