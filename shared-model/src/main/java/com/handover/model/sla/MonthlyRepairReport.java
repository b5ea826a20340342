package com.handover.model.sla;

import com.handover.model.Checks;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * The monthly repair report (维修月报; seed R10): the work orders completed in the month, in the policy's
 * reporting zone, totalled per contractor and overall.
 */
public record MonthlyRepairReport(YearMonth month, List<ContractorTotals> contractors, RepairTotals total) {

    public MonthlyRepairReport {
        Checks.required("month", month);
        contractors = Checks.list("contractors", contractors);
        Checks.required("total", total);
    }

    public static MonthlyRepairReport of(YearMonth month, Collection<RepairFact> facts, SlaPolicy policy) {
        RepairSla sla = new RepairSla(policy);
        List<RepairFact> inMonth = Checks.required("facts", facts).stream()
                .filter(f -> YearMonth.from(f.completedAt().atZone(policy.reportingZone())).equals(month))
                .toList();
        return new MonthlyRepairReport(month, ContractorTotals.byContractor(inMonth, sla), RepairTotals.of(inMonth, sla));
    }
}
