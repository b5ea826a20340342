package com.handover.mobile.ui.workorders;

import com.handover.model.sync.state.WorkOrderState;
import java.time.Instant;
import java.util.Optional;

/** When the contractor must be on site for a work order (from the shared SLA rules). */
@FunctionalInterface
public interface WorkOrderDeadlines {

    Optional<Instant> onSiteDeadline(WorkOrderState order);
}
