package com.handover.model.warranty;

import com.handover.model.Checks;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every version of the warranty policy and of the rule packs, and the season calendars. Rules apply as they
 * were in force on the day a clock starts: the buyer's on handover, the contractor's on completion acceptance.
 */
public record WarrantyRules(List<WarrantyPolicy> policies, List<LocalRulePack> packs, SeasonCalendars seasons) {

    public WarrantyRules {
        policies = Checks.list("rules.policies", policies);
        if (policies.isEmpty()) {
            throw new IllegalArgumentException("rules.policies must hold at least one policy");
        }
        Set<Integer> versions = new HashSet<>();
        policies.forEach(p -> {
            if (!versions.add(p.version())) {
                throw new IllegalArgumentException("rules.policies has version " + p.version() + " twice");
            }
        });
        packs = Checks.list("rules.packs", packs);
        Set<String> packVersions = new HashSet<>();
        packs.forEach(p -> {
            if (!packVersions.add(p.code() + "/" + p.version())) {
                throw new IllegalArgumentException("rules.packs has " + p.code() + " v" + p.version() + " twice");
            }
        });
        Checks.required("rules.seasons", seasons);
    }

    /**
     * The policy in force on the day: the one with the latest effective date on or before it.
     *
     * @throws IllegalArgumentException for a day before every policy
     */
    public WarrantyPolicy policyOn(LocalDate day) {
        return policies.stream()
                .filter(p -> !p.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(WarrantyPolicy::effectiveFrom))
                .orElseThrow(() -> new IllegalArgumentException("no warranty policy was in force on " + day));
    }

    /** For each pack covering the project, its latest version in force on the day. */
    public List<LocalRulePack> packsOn(LocalDate day, UUID projectId, String city) {
        Map<String, LocalRulePack> latest = packs.stream()
                .filter(p -> p.appliesTo(projectId, city) && !p.effectiveFrom().isAfter(day))
                .collect(Collectors.toMap(LocalRulePack::code, Function.identity(),
                        (a, b) -> a.effectiveFrom().isAfter(b.effectiveFrom())
                                || a.effectiveFrom().equals(b.effectiveFrom()) && a.version() > b.version() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(LocalRulePack::code)).toList();
    }
}
