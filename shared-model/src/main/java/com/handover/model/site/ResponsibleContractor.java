package com.handover.model.site;

import com.handover.model.Checks;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which 施工单位 answers for a trade (专业) in a building: the one the project registered for that building and
 * trade; where it registered none, a contractor registered for the trade, first by name, so the answer is the
 * same every time.
 */
public final class ResponsibleContractor {

    /** The project's record that {@code contractorId} answers for {@code trade} in {@code buildingId}. */
    public record Assignment(UUID buildingId, String trade, UUID contractorId) {
        public Assignment {
            Checks.required("assignment.buildingId", buildingId);
            Checks.code("assignment.trade", trade);
            Checks.required("assignment.contractorId", contractorId);
        }
    }

    private ResponsibleContractor() {
    }

    public static Optional<Contractor> of(List<Contractor> contractors, List<Assignment> assignments, String trade,
                                          UUID buildingId) {
        if (trade == null) {
            return Optional.empty();
        }
        Optional<Contractor> registered = assignments.stream()
                .filter(a -> a.trade().equals(trade) && a.buildingId().equals(buildingId)).findFirst()
                .flatMap(a -> contractors.stream().filter(k -> k.id().equals(a.contractorId())).findFirst());
        if (registered.isPresent()) {
            return registered;
        }
        return contractors.stream().filter(k -> k.trades().contains(trade)).min(Comparator.comparing(Contractor::name));
    }
}
