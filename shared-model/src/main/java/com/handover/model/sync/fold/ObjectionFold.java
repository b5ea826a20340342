package com.handover.model.sync.fold;

import com.handover.model.WorkOrderStatus;
import com.handover.model.sync.Operation;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import java.time.Instant;

/**
 * A contractor's objection (异议) to a work order's deduction and the office's decision on it. An objection is
 * taken on a CONFIRMED order (its settlement not yet final); a later one replaces the earlier. A decision needs an
 * objection; once the order is SETTLED its settlement is final and both are refused.
 */
final class ObjectionFold {

    private ObjectionFold() {
    }

    static void apply(WorkOrderFold.Builder b, Operation op, FoldContext ctx) {
        String refusal = refusal(b, op);
        if (refusal != null) {
            ctx.rejectWrite(op, refusal);
            return;
        }
        ctx.write(op);
        Instant at = Instant.ofEpochMilli(op.hlc().wallMillis());
        if (op.payload() instanceof WorkOrderOps.ObjectionRecorded r) {
            b.objection = new WorkOrderState.Objection(r.period(), r.reason(), r.receivedBy(), r.receivedAt(),
                    op.actor(), null, null, null, null, null);
        } else if (op.payload() instanceof WorkOrderOps.ObjectionDecided d) {
            WorkOrderState.Objection o = b.objection;
            b.objection = new WorkOrderState.Objection(o.period(), o.reason(), o.receivedBy(), o.receivedAt(),
                    o.recordedBy(), d.decision(), d.adjustedFen(), d.reason(), op.actor(), at);
        }
    }

    private static String refusal(WorkOrderFold.Builder b, Operation op) {
        if (b.status == WorkOrderStatus.VOID) {
            return WorkOrderFold.RULE_VOID;
        }
        if (b.status == WorkOrderStatus.SETTLED) {
            return WorkOrderFold.RULE_SETTLEMENT_FINAL;
        }
        if (b.status != WorkOrderStatus.CONFIRMED) {
            return WorkOrderFold.RULE_NOT_CONFIRMED;
        }
        if (op.payload() instanceof WorkOrderOps.ObjectionDecided && b.objection == null) {
            return WorkOrderFold.RULE_NO_OBJECTION;
        }
        return null;
    }
}
