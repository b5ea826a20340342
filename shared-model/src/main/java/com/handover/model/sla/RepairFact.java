package com.handover.model.sla;

import com.handover.model.Checks;
import java.time.Instant;
import java.util.UUID;

/**
 * What a report needs of one completed work order.
 *
 * @param selfRepaired the developer's after-sales team repaired it instead of the contractor (自行组织维修)
 * @param onTime       the contractor was on site by its deadline
 * @param deductible   reported while the contractor's own warranty covered it ({@link DepositDeductionWindow}):
 *                     only then may its cost be deducted from the 质保金
 * @param chargebackFen the deduction as booked (after an objection's decision, {@link ObjectionOutcome}), or null
 *                      for the one the rules give
 */
public record RepairFact(UUID contractorId, Instant completedAt, long actualCostFen, boolean selfRepaired,
                         boolean emergency, boolean onTime, boolean deductible, Long chargebackFen) {
    public RepairFact {
        Checks.required("contractorId", contractorId);
        Checks.required("completedAt", completedAt);
        RepairSla.cost("actualCostFen", actualCostFen);
        if (chargebackFen != null) {
            RepairSla.cost("chargebackFen", chargebackFen);
        }
    }

    /** A repair reported inside the contractor's warranty. */
    public RepairFact(UUID contractorId, Instant completedAt, long actualCostFen, boolean selfRepaired,
                      boolean emergency, boolean onTime) {
        this(contractorId, completedAt, actualCostFen, selfRepaired, emergency, onTime, true, null);
    }

    /** A repair inside or outside the contractor's warranty, its deduction the one the rules give. */
    public RepairFact(UUID contractorId, Instant completedAt, long actualCostFen, boolean selfRepaired,
                      boolean emergency, boolean onTime, boolean deductible) {
        this(contractorId, completedAt, actualCostFen, selfRepaired, emergency, onTime, deductible, null);
    }
}
