package com.handover.model.sla;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * Totals over a set of completed work orders: how many, how many were emergencies, self-repaired and on
 * time, their actual cost and the chargeback to the contractors' warranty deposits, in fen.
 */
public record RepairTotals(int workOrders, int emergencies, int selfRepaired, int onTime, long actualCostFen,
                           long chargebackFen) {

    public static final RepairTotals NONE = new RepairTotals(0, 0, 0, 0, 0, 0);

    public RepairTotals {
        if (workOrders < 0 || emergencies < 0 || selfRepaired < 0 || onTime < 0 || actualCostFen < 0 || chargebackFen < 0) {
            throw new IllegalArgumentException("repair totals must not be negative");
        }
        if (emergencies > workOrders || selfRepaired > workOrders || onTime > workOrders) {
            throw new IllegalArgumentException("repair totals cannot count more than their work orders");
        }
    }

    public static RepairTotals of(Collection<RepairFact> facts, RepairSla sla) {
        RepairTotals totals = NONE;
        for (RepairFact f : facts) {
            long chargeback = f.chargebackFen() != null ? f.chargebackFen()
                    : f.deductible() ? sla.chargeback(f.actualCostFen(), f.emergency(), f.selfRepaired()).fen() : 0;
            totals = totals.plus(f, chargeback);
        }
        return totals;
    }

    RepairTotals plus(RepairFact fact, long chargeback) {
        return new RepairTotals(workOrders + 1, emergencies + (fact.emergency() ? 1 : 0),
                selfRepaired + (fact.selfRepaired() ? 1 : 0), onTime + (fact.onTime() ? 1 : 0),
                Math.addExact(actualCostFen, fact.actualCostFen()), Math.addExact(chargebackFen, chargeback));
    }

    /** The share of work orders with the contractor on site in time, in percent to one decimal (half up). */
    public Optional<BigDecimal> onTimeRatePercent() {
        if (workOrders == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(onTime).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(workOrders), 1, RoundingMode.HALF_UP));
    }
}
