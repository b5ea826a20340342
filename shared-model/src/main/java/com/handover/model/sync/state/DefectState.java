package com.handover.model.sync.state;

import com.handover.model.DefectCloseReason;
import com.handover.model.DefectStatus;
import com.handover.model.FloorPlanPin;
import com.handover.model.MarkupShape;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.sync.Hlc;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A defect as the reducer folded it.
 *
 * @param photos               every photo attached over its life, in the order of their hashes
 * @param markups              the markup in effect per photo hash
 * @param outsideSignedRecord  opened on an inspection after (or concurrently with) its sign-off
 */
public record DefectState(UUID id, UUID unitId, UUID inspectionId, String room, String itemCode,
                          String description, Severity severity, String trade, String warrantyCategory,
                          FloorPlanPin pin, List<PhotoRef> photos, Map<String, List<MarkupShape>> markups,
                          String noPhotoReason, LocalDate reportedOn, DefectStatus status, UUID contractorId,
                          String repairNote, DefectCloseReason closeReason, String voidReason, int reopenCount,
                          boolean outsideSignedRecord, String openedBy, Hlc openedAt, Hlc lastChangedAt) {

    public boolean open() {
        return status != DefectStatus.CLOSED && status != DefectStatus.VOID;
    }
}
