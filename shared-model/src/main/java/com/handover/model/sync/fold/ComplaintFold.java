package com.handover.model.sync.fold;

import com.handover.model.ComplaintStatus;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.state.ComplaintState;
import java.time.Instant;
import java.util.List;

/** Folds one complaint's operations: received, answered (the 24 h answer), closed after the return visit. */
public final class ComplaintFold {

    public static final String RULE_ALREADY_RECEIVED = "COMPLAINT_ALREADY_RECEIVED";
    public static final String RULE_CLOSED = "COMPLAINT_IS_CLOSED";

    private ComplaintFold() {
    }

    /** @return null when the complaint's intake is not held */
    public static ComplaintState fold(List<Operation> ops, FoldContext ctx) {
        Operation first = ctx.creation(ops, OperationType.COMPLAINT_RECEIVED);
        if (first == null) {
            return null;
        }
        var r = (ComplaintOps.Received) first.payload();
        ComplaintStatus status = ComplaintStatus.RECEIVED;
        String answer = null;
        Instant answeredAt = null;
        Integer satisfaction = null;
        String closeNote = null;
        for (Operation op : ops) {
            if (op == first) {
                ctx.write(op);
                continue;
            }
            if (op.type() == OperationType.COMPLAINT_RECEIVED) {
                ctx.reject(op, RULE_ALREADY_RECEIVED);
                continue;
            }
            if (status == ComplaintStatus.CLOSED) {
                ctx.rejectWrite(op, RULE_CLOSED);
                continue;
            }
            ctx.write(op);
            if (op.payload() instanceof ComplaintOps.Answered a) {
                status = ComplaintStatus.ANSWERED;
                answer = a.answer();
                answeredAt = answeredAt == null ? a.at() : answeredAt;
            } else if (op.payload() instanceof ComplaintOps.Closed c) {
                status = ComplaintStatus.CLOSED;
                satisfaction = c.satisfaction();
                closeNote = c.note();
            }
        }
        return new ComplaintState(first.entity(), r.unitId(), r.channel(), r.category(), r.room(), r.description(),
                r.urgency(), r.callerName(), r.callerPhone(), r.receivedAt(), status, answer, answeredAt,
                satisfaction, closeNote, first.actor());
    }
}
