package com.handover.model.warranty;

import com.handover.model.Checks;
import com.handover.model.checklist.WarrantyPeriod;

/** A longer period a rule pack sets for one category and one party; it only ever lengthens (a further max). */
public record PeriodOverride(String category, PeriodParty party, WarrantyPeriod period) {
    public PeriodOverride {
        Checks.code("override.category", category);
        Checks.required("override.party", party);
        Checks.required("override.period", period);
    }
}
