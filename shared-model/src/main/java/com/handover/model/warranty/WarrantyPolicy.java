package com.handover.model.warranty;

import com.handover.model.Checks;
import com.handover.model.checklist.WarrantyCategory;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The national minimum periods of every warranty category, in force from a date. Version 1 is built from
 * the bundled checklist vocabulary's warranty categories.
 */
public record WarrantyPolicy(int version, LocalDate effectiveFrom, List<WarrantyCategory> categories) {

    public WarrantyPolicy {
        if (version < 1) {
            throw new IllegalArgumentException("policy.version must be 1 or more");
        }
        Checks.required("policy.effectiveFrom", effectiveFrom);
        categories = Checks.list("policy.categories", categories);
        Set<String> codes = new HashSet<>();
        for (WarrantyCategory c : categories) {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException("policy.categories has " + c.code() + " twice");
            }
        }
    }

    public Optional<WarrantyCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
