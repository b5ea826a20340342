package com.handover.model.sync.fold;

import com.handover.model.ComplaintStatus;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.state.ComplaintState;
import java.time.Instant;
import java.util.List;

/**
 * Folds one complaint's operations: received (受理), handled (处置, SM03-08), escalated as a major complaint,
 * judged 有效 or 无效, answered (the 24 h answer), closed after the return visit (回访).
 */
public final class ComplaintFold {

    public static final String RULE_ALREADY_RECEIVED = "COMPLAINT_ALREADY_RECEIVED";
    public static final String RULE_CLOSED = "COMPLAINT_IS_CLOSED";

    private ComplaintFold() {
    }

    /** What the operations after the intake have made of the complaint so far. */
    private static final class Progress {
        ComplaintStatus status = ComplaintStatus.RECEIVED;
        String answer;
        Instant answeredAt;
        Integer satisfaction;
        String closeNote;
        ComplaintState.Handling handling;
        ComplaintState.Escalation escalation;
        ComplaintState.Validity validity;

        void apply(Operation op) {
            Instant at = Instant.ofEpochMilli(op.hlc().wallMillis());
            if (op.payload() instanceof ComplaintOps.Answered a) {
                status = ComplaintStatus.ANSWERED;
                answer = a.answer();
                answeredAt = answeredAt == null ? a.at() : answeredAt;
            } else if (op.payload() instanceof ComplaintOps.Closed c) {
                status = ComplaintStatus.CLOSED;
                satisfaction = c.satisfaction();
                closeNote = c.note();
            } else if (op.payload() instanceof ComplaintOps.Handled h) {
                handling = new ComplaintState.Handling(h.department(), h.plan(), h.handler(), op.actor(), at);
            } else if (op.payload() instanceof ComplaintOps.Escalated e) {
                escalation = new ComplaintState.Escalation(e.escalatedTo(), e.reason(), op.actor(), at);
            } else if (op.payload() instanceof ComplaintOps.Judged j) {
                validity = new ComplaintState.Validity(j.valid(), j.reason(), op.actor(), at);
            }
        }
    }

    /** @return null when the complaint's intake is not held */
    public static ComplaintState fold(List<Operation> ops, FoldContext ctx) {
        Operation first = ctx.creation(ops, OperationType.COMPLAINT_RECEIVED);
        if (first == null) {
            return null;
        }
        var r = (ComplaintOps.Received) first.payload();
        Progress p = new Progress();
        for (Operation op : ops) {
            if (op == first) {
                ctx.write(op);
                continue;
            }
            if (op.type() == OperationType.COMPLAINT_RECEIVED) {
                ctx.reject(op, RULE_ALREADY_RECEIVED);
                continue;
            }
            if (p.status == ComplaintStatus.CLOSED) {
                ctx.rejectWrite(op, RULE_CLOSED);
                continue;
            }
            ctx.write(op);
            p.apply(op);
        }
        return new ComplaintState(first.entity(), r.unitId(), r.channel(), r.category(), r.room(), r.description(),
                r.urgency(), r.callerName(), r.callerPhone(), r.receivedAt(), p.status, p.answer, p.answeredAt,
                p.satisfaction, p.closeNote, first.actor(), p.handling, p.escalation, p.validity);
    }
}
