package com.handover.model.sla;

import com.handover.model.Checks;
import java.util.Collection;
import java.util.List;

/**
 * The quarterly settlement (按季度整理维修计量, 汇总书面送达责任单位; seed R11, R16): the work orders
 * completed in the quarter, in the policy's reporting zone, totalled per contractor and overall.
 */
public record ContractorSettlement(Quarter quarter, List<ContractorTotals> contractors, RepairTotals total) {

    public ContractorSettlement {
        Checks.required("quarter", quarter);
        contractors = Checks.list("contractors", contractors);
        Checks.required("total", total);
    }

    public static ContractorSettlement of(Quarter quarter, Collection<RepairFact> facts, SlaPolicy policy) {
        RepairSla sla = new RepairSla(policy);
        List<RepairFact> inQuarter = Checks.required("facts", facts).stream()
                .filter(f -> quarter.contains(f.completedAt(), policy.reportingZone()))
                .toList();
        return new ContractorSettlement(quarter, ContractorTotals.byContractor(inQuarter, sla), RepairTotals.of(inQuarter, sla));
    }
}
