package com.handover.model.sla;

import com.handover.model.Checks;
import com.handover.model.sync.ops.WorkOrderOps;
import java.time.Duration;
import java.time.Instant;

/**
 * The repair clocks of a work order (维修单): when the contractor must be on site, whether it is overdue,
 * what is charged back to it, and when the return visit is due.
 */
public final class RepairSla {

    /** Why an emergency goes to the 售后维修部 at once, recorded on its escalation (售后维修工作规定 第1条). */
    public static final String EMERGENCY_REASON = "紧急维修：售后维修部接到报修后立即组织专业维修人员进行维修（售后维修工作规定 第1条）";

    /** Why a request past its warranty goes to the 售后维修部 as a repair the owner pays (有偿维修). */
    public static final String PAID_REPAIR_REASON = "有偿维修：报修时已过保修期，由业主付费维修，不通知施工单位，不扣质保金";

    /** Why the server itself escalates a work order whose contractor missed the on-site deadline. */
    public static final String MISSED_ON_SITE_REASON =
            "超过到场期限未到场，按维修工作规定由维修部自行维修 / on-site deadline missed: repaired by the developer's own team";

    private final SlaPolicy policy;

    public RepairSla(SlaPolicy policy) {
        this.policy = Checks.required("policy", policy);
    }

    public SlaPolicy policy() {
        return policy;
    }

    /**
     * Emergencies: due at once, the moment they are reported ("接到客户报修后立即组织专业维修人员进行维修"),
     * and repaired by the 售后维修部, not waited on from the contractor; otherwise 24 h when the estimated cost
     * is at most the threshold (1000 yuan exactly included: "1000元以内"), 36 h above it ("超过1000元").
     */
    public OnSiteDeadline onSiteDeadline(Instant reportedAt, long estimatedCostFen, boolean emergency) {
        Checks.required("reportedAt", reportedAt);
        cost("estimatedCostFen", estimatedCostFen);
        if (emergency) {
            return new OnSiteDeadline(reportedAt, SlaRule.ON_SITE_EMERGENCY);
        }
        return estimatedCostFen <= policy.costThresholdFen()
                ? new OnSiteDeadline(reportedAt.plus(policy.onSiteUpToThreshold()), SlaRule.ON_SITE_UP_TO_THRESHOLD)
                : new OnSiteDeadline(reportedAt.plus(policy.onSiteAboveThreshold()), SlaRule.ON_SITE_ABOVE_THRESHOLD);
    }

    /**
     * Overdue when the arrival came after the deadline, or, with nobody there yet, when now is past it.
     * Arriving at the deadline itself is on time.
     */
    public static boolean isOverdue(Instant deadline, Instant arrivedAt, Instant now) {
        Checks.required("deadline", deadline);
        Instant reference = arrivedAt != null ? arrivedAt : Checks.required("now", now);
        return reference.isAfter(deadline);
    }

    /** Time from now to the deadline; negative once it has passed. */
    public static Duration timeLeft(Instant deadline, Instant now) {
        return Duration.between(Checks.required("now", now), Checks.required("deadline", deadline));
    }

    /**
     * The deduction from the contractor's warranty deposit: an emergency is always repaired by the 售后维修部
     * and charged at the emergency rate (actual cost, 第1条); otherwise nothing when the contractor repaired
     * it, the self-repair rate (200 %, 第2、3条) when the 售后维修部 did. Half a fen rounds up.
     */
    public Chargeback chargeback(long actualCostFen, boolean emergency, boolean selfRepaired) {
        cost("actualCostFen", actualCostFen);
        if (!selfRepaired && !emergency) {
            return new Chargeback(0, 0, SlaRule.NO_CHARGEBACK);
        }
        int percent = emergency ? policy.emergencyChargebackPercent() : policy.selfRepairChargebackPercent();
        long fen = (Math.multiplyExact(actualCostFen, (long) percent) + 50) / 100;
        return new Chargeback(fen, percent, emergency ? SlaRule.CHARGEBACK_EMERGENCY_ACTUAL_COST : SlaRule.CHARGEBACK_SELF_REPAIR);
    }

    /** When the return visit (回访) is due after the repair was completed. */
    public Instant revisitDue(Instant completedAt, boolean emergency) {
        Checks.required("completedAt", completedAt);
        return completedAt.plus(emergency ? policy.emergencyRevisitWithin() : policy.revisitWithin());
    }

    public SlaRule revisitRule(boolean emergency) {
        return emergency ? SlaRule.REVISIT_EMERGENCY : SlaRule.REVISIT_NORMAL;
    }

    static void cost(String field, long fen) {
        if (fen < 0 || fen > WorkOrderOps.MAX_COST_FEN) {
            throw new IllegalArgumentException(field + " must be 0.." + WorkOrderOps.MAX_COST_FEN + " fen");
        }
    }
}
