package com.handover.model.sla;

import com.handover.model.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One contractor's repair totals for a period. */
public record ContractorTotals(UUID contractorId, RepairTotals totals) {

    public ContractorTotals {
        Checks.required("contractorId", contractorId);
        Checks.required("totals", totals);
    }

    /** Totals per contractor, ordered by contractor id so that a report reads the same every time. */
    static List<ContractorTotals> byContractor(Collection<RepairFact> facts, RepairSla sla) {
        Map<UUID, List<RepairFact>> grouped = new TreeMap<>();
        for (RepairFact f : facts) {
            grouped.computeIfAbsent(f.contractorId(), k -> new ArrayList<>()).add(f);
        }
        List<ContractorTotals> result = new ArrayList<>();
        grouped.forEach((id, list) -> result.add(new ContractorTotals(id, RepairTotals.of(list, sla))));
        return List.copyOf(result);
    }
}
