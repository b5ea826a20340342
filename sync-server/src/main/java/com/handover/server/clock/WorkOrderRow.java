package com.handover.server.clock;

import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import java.time.Instant;
import java.util.UUID;

/** A work order as the materialised table holds it: what the clocks, the board and the reports need. Money in fen. */
public record WorkOrderRow(UUID id, UUID unitId, UUID projectId, WorkOrderStatus status, WorkOrderSource source,
                           UUID complaintId, UUID contractorId, String assignee, Severity severity, boolean emergency,
                           String warrantyCategory, long estimatedCostFen, Long actualCostFen, boolean selfRepair,
                           Instant reportedAt, Instant arrivedAt, Instant completedAt, String settledPeriod,
                           Integer satisfaction) {

    /** Not yet confirmed, settled or voided: its clocks still run. */
    public boolean open() {
        return status != WorkOrderStatus.CONFIRMED && status != WorkOrderStatus.SETTLED
                && status != WorkOrderStatus.VOID;
    }

    /** Someone is due on site: nobody has arrived and the developer's team has not taken it over. */
    public boolean awaitingArrival() {
        return status == WorkOrderStatus.CREATED || status == WorkOrderStatus.ASSIGNED;
    }
}
