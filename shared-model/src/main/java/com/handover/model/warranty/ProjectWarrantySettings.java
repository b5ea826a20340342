package com.handover.model.warranty;

import com.handover.model.Checks;
import com.handover.model.checklist.WarrantyPeriod;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A project's own warranty facts.
 *
 * @param agreedContractorPeriods periods agreed in the contractors' 质量保修书, by category; they count only
 *                                where longer than the statutory minimum
 * @param heatingSeason           the project's heating season; null = its city's calendar (a southern city
 *                                has none, so heating periods are then not applicable)
 * @param coolingSeason           the project's cooling season; null = the default of the season calendars
 */
public record ProjectWarrantySettings(UUID projectId, Map<String, WarrantyPeriod> agreedContractorPeriods,
                                      SeasonWindow heatingSeason, SeasonWindow coolingSeason,
                                      SeasonCounting seasonCounting) {

    public ProjectWarrantySettings {
        Checks.required("settings.projectId", projectId);
        TreeMap<String, WarrantyPeriod> sorted = new TreeMap<>();
        if (agreedContractorPeriods != null) {
            agreedContractorPeriods.forEach((category, period) -> {
                Checks.code("settings.agreedContractorPeriods key", category);
                sorted.put(category, Checks.required("settings.agreedContractorPeriods[" + category + "]", period));
            });
        }
        agreedContractorPeriods = Collections.unmodifiableMap(sorted);
        Checks.required("settings.seasonCounting", seasonCounting);
    }

    /** No agreed periods, the city's heating season, the default cooling season, complete seasons only. */
    public static ProjectWarrantySettings defaults(UUID projectId) {
        return new ProjectWarrantySettings(projectId, Map.of(), null, null, SeasonCounting.COMPLETE_SEASONS_ONLY);
    }
}
