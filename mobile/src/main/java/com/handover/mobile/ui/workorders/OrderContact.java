package com.handover.mobile.ui.workorders;

import com.handover.mobile.store.ReferenceData;
import com.handover.model.sync.state.WorkOrderState;
import java.time.Duration;
import java.time.Instant;

/**
 * What a repairer needs at the top of an order: when to be on site (null once somebody is), the time left then
 * (negative: overdue), and whom to call (the owner's name and phone from the unit; empty when not known).
 */
public record OrderContact(Instant deadline, Duration timeLeft, String ownerName, String ownerPhone) {

    public static OrderContact of(WorkOrderState order, ReferenceData reference, WorkOrderDeadlines deadlines,
                                  Instant now) {
        Instant deadline = order.arrivedAt() != null ? null : deadlines.onSiteDeadline(order).orElse(null);
        var unit = reference.unit(order.unitId());
        return new OrderContact(deadline, deadline == null ? null : Duration.between(now, deadline),
                unit.map(u -> u.ownerName() == null ? "" : u.ownerName()).orElse(""),
                unit.map(u -> u.ownerPhone() == null ? "" : u.ownerPhone()).orElse(""));
    }

    public boolean overdue() {
        return timeLeft != null && timeLeft.isNegative();
    }
}
