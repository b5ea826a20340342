package com.handover.model.sync;

import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.WorkOrderState;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An immutable, comparable copy of everything a replica computed: two replicas agree when their snapshots are equal. */
public record ReplicaSnapshot(Map<UUID, InspectionState> inspections, Map<UUID, DefectState> defects,
                              Map<UUID, WorkOrderState> workOrders, Map<UUID, ComplaintState> complaints,
                              List<Conflict> conflicts, Map<UUID, OpOutcome> outcomes) {
}
