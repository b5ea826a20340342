package com.handover.mobile.ui.workorders;

import com.handover.model.sync.state.WorkOrderState;
import java.time.Duration;
import java.time.Instant;

/**
 * One of my work orders, with its room's name in both languages (the room key when no checklist names it), its
 * on-site deadline and the time left (negative: overdue; both null once somebody is on site), and its heading.
 */
public record WorkOrderRow(WorkOrderState order, String unitLabel, String roomZh, String roomEn, Instant deadline,
                           Duration timeLeft, DueGroup group) {

    public boolean overdue() {
        return timeLeft != null && timeLeft.isNegative();
    }

    /** Photos taken before and after the repair so far. */
    public int photoCount() {
        return order.beforePhotos().size() + order.afterPhotos().size();
    }
}
