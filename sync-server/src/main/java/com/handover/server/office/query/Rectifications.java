package com.handover.server.office.query;

import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.state.WorkOrderState;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The work orders that rectify a unit's defects (整改): who answers for each (责任单位) and the last day it must
 * be put right by (整改期限).
 */
public final class Rectifications {

    /**
     * @param contractor the responsible contractor's name; null while the order names none
     * @param rectifyBy  the 整改期限; null for an order raised without one
     */
    public record Rectification(UUID workOrderId, String contractor, LocalDate rectifyBy, WorkOrderStatus status) {
    }

    private Rectifications() {
    }

    /** By defect: the latest order (not void) raised from it. */
    public static Map<UUID, Rectification> of(ReplicaState unit, Map<UUID, String> contractors) {
        Map<UUID, Rectification> out = new HashMap<>();
        unit.workOrders().values().stream()
                .filter(w -> w.source() == WorkOrderSource.DEFECT && w.defectId() != null)
                .filter(w -> w.status() != WorkOrderStatus.VOID)
                .sorted(Comparator.comparing(WorkOrderState::createdAt))
                .forEach(w -> out.put(w.defectId(), new Rectification(w.id(),
                        w.contractorId() == null ? null : contractors.get(w.contractorId()), w.rectifyBy(), w.status())));
        return out;
    }
}
