package com.handover.model.sla;

import com.handover.model.Checks;
import com.handover.model.WorkOrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * The return visit (回访) of a repair: "客服中心要有专人对工程维修质量进行回访", after the order was signed (签认),
 * within the policy's time of its completion (sooner after an emergency). Overdue once that time has passed
 * without a recorded visit.
 */
public record RevisitDue(Instant due, SlaRule rule, boolean overdue) {

    public RevisitDue {
        Checks.required("due", due);
        Checks.required("rule", rule);
    }

    /** The visit still owed for an order, or empty when none is owed (not yet signed, or already visited). */
    public static Optional<RevisitDue> of(RepairSla sla, WorkOrderStatus status, Instant completedAt, boolean emergency,
                                          Integer satisfaction, Instant now) {
        Checks.required("status", status);
        Checks.required("now", now);
        boolean signed = status == WorkOrderStatus.CONFIRMED || status == WorkOrderStatus.SETTLED;
        if (!signed || completedAt == null || satisfaction != null) {
            return Optional.empty();
        }
        Instant due = sla.revisitDue(completedAt, emergency);
        return Optional.of(new RevisitDue(due, sla.revisitRule(emergency), now.isAfter(due)));
    }

    /** 回访率: visited among the signed repairs, in percent with one decimal; empty when none was signed. */
    public static Optional<BigDecimal> ratePercent(int visited, int signed) {
        if (visited < 0 || signed < 0 || visited > signed) {
            throw new IllegalArgumentException("visited must be 0.." + signed + ", was " + visited);
        }
        return signed == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(visited * 100L).divide(BigDecimal.valueOf(signed), 1, RoundingMode.HALF_UP));
    }
}
