package com.handover.model.checklist;

import com.handover.model.Checks;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a measured value of an item is compared with: one or more limits, plus how to measure (the gauge,
 * e.g. "2 m", and for tests the duration in hours).
 */
public record Tolerance(List<ToleranceLimit> limits, String gauge, Integer testDurationHours) {

    public Tolerance {
        limits = Checks.list("tolerance.limits", limits);
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("tolerance.limits must hold at least one limit");
        }
        Set<String> seen = new HashSet<>();
        for (ToleranceLimit l : limits) {
            if (!seen.add(l.measure() + "/" + l.condition())) {
                throw new IllegalArgumentException("tolerance.limits has two limits for " + l.measure()
                        + (l.condition() == null ? "" : " under " + l.condition()));
            }
        }
        Checks.optionalText("tolerance.gauge", gauge, Checks.MAX_NAME);
        if (testDurationHours != null && (testDurationHours < 1 || testDurationHours > 720)) {
            throw new IllegalArgumentException("tolerance.testDurationHours must be 1..720");
        }
    }

    /**
     * The one limit a single measured value is compared with in this context: for each measure the
     * conditional limit that holds, else the unconditional one. Empty when that leaves no limit or more
     * than one (several measures, or no condition known that picks one).
     */
    public Optional<ToleranceLimit> applicableLimit(MeasurementContext context) {
        List<String> measures = limits.stream().map(ToleranceLimit::measure).distinct().toList();
        if (measures.size() != 1) {
            return Optional.empty();
        }
        List<ToleranceLimit> conditional = limits.stream()
                .filter(l -> l.condition() != null && l.condition().holdsFor(context)).toList();
        if (conditional.size() == 1) {
            return Optional.of(conditional.get(0));
        }
        if (!conditional.isEmpty()) {
            return Optional.empty();
        }
        return limits.stream().filter(l -> l.condition() == null).findFirst();
    }
}
