package com.handover.model.sla;

import com.handover.model.Checks;
import java.time.Instant;

/** The answer clock of a complaint or repair request: answered or acknowledged within 24 h (R23). */
public final class ComplaintSla {

    private final SlaPolicy policy;

    public ComplaintSla(SlaPolicy policy) {
        this.policy = Checks.required("policy", policy);
    }

    public Instant complaintAnswerDeadline(Instant receivedAt) {
        return Checks.required("receivedAt", receivedAt).plus(policy.complaintAnswerWithin());
    }

    /**
     * Late when answered after the deadline, or, still unanswered, when now is past it. An answer at the
     * deadline itself is in time.
     */
    public boolean answeredLate(Instant receivedAt, Instant answeredAt, Instant now) {
        return RepairSla.isOverdue(complaintAnswerDeadline(receivedAt), answeredAt, now);
    }
}
