package com.handover.model.signoff;

import com.handover.model.PhotoRef;
import com.handover.model.json.CanonicalJson;
import com.handover.model.sync.state.WorkOrderState;
import java.util.List;
import java.util.UUID;

/**
 * What each party confirms when it signs a completed work order: the order, the repair recorded and its photos.
 * Confirmations sign the SHA-256 of its canonical JSON, so they can be given on different devices in any order.
 */
public record WorkOrderContent(UUID workOrder, UUID unit, String description, UUID contractor, boolean selfRepair,
                               String completionNote, Long actualCostFen, List<String> beforePhotos,
                               List<String> afterPhotos) {

    public static WorkOrderContent of(WorkOrderState w) {
        return new WorkOrderContent(w.id(), w.unitId(), w.description(), w.contractorId(), w.selfRepair(),
                w.completionNote(), w.actualCostFen(),
                w.beforePhotos().stream().map(PhotoRef::sha256).sorted().toList(),
                w.afterPhotos().stream().map(PhotoRef::sha256).sorted().toList());
    }

    public String hash() {
        return CanonicalJson.sha256Hex(this);
    }
}
