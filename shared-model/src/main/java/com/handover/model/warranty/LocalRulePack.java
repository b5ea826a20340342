package com.handover.model.warranty;

import com.handover.model.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Periods a city (地方规定) or one project (a developer's extension) sets above the national minimums, in
 * force from a date. Exactly one of city and projectId is given. Versions of one pack share its code.
 */
public record LocalRulePack(String code, int version, LocalDate effectiveFrom, String city, UUID projectId,
                            String nameZh, String basisZh, String note, List<PeriodOverride> overrides) {

    public LocalRulePack {
        Checks.code("pack.code", code);
        if (version < 1) {
            throw new IllegalArgumentException("pack.version must be 1 or more");
        }
        Checks.required("pack.effectiveFrom", effectiveFrom);
        Checks.optionalText("pack.city", city, Checks.MAX_NAME);
        if ((city == null) == (projectId == null)) {
            throw new IllegalArgumentException("pack " + code + " must name either a city or a project");
        }
        Checks.text("pack.nameZh", nameZh, Checks.MAX_NAME);
        Checks.text("pack.basisZh", basisZh, Checks.MAX_TEXT);
        Checks.optionalText("pack.note", note, Checks.MAX_TEXT);
        overrides = Checks.list("pack.overrides", overrides);
        Set<String> seen = new HashSet<>();
        for (PeriodOverride o : overrides) {
            if (!seen.add(o.category() + "/" + o.party())) {
                throw new IllegalArgumentException("pack " + code + " sets " + o.category() + " for " + o.party() + " twice");
            }
        }
    }

    /** Whether the pack covers the project (by its id, or by its city). */
    public boolean appliesTo(UUID project, String projectCity) {
        return projectId != null ? projectId.equals(project) : CityName.same(city, projectCity);
    }
}
