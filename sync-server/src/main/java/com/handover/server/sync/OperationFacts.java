package com.handover.server.sync;

import com.handover.model.sync.Operation;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import java.util.UUID;

/** What the server reads out of an operation's payload: the unit a new record is on. */
final class OperationFacts {

    private OperationFacts() {
    }

    /** The unit named by an operation that creates its record; null for other operations. */
    static UUID createdOnUnit(Operation op) {
        Payload p = op.payload();
        if (p instanceof InspectionOps.Started s) {
            return s.unitId();
        }
        if (p instanceof DefectOps.Opened o) {
            return o.unitId();
        }
        if (p instanceof WorkOrderOps.Created w) {
            return w.unitId();
        }
        if (p instanceof ComplaintOps.Received r) {
            return r.unitId();
        }
        return null;
    }
}
