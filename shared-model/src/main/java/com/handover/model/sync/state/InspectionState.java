package com.handover.model.sync.state;

import com.handover.model.InspectionKind;
import com.handover.model.InspectionStatus;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.sync.Hlc;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An inspection as the reducer folded it.
 *
 * @param items                keyed by {@link ItemEntry#key}: the answers in effect (unanswered items are absent)
 * @param outsideSignedRecord  findings recorded on this inspection that its sign-off did not cover
 */
public record InspectionState(UUID id, UUID unitId, InspectionKind kind, String templateCode, int templateVersion,
                              List<String> rooms, List<UUID> defectsToRecheck, String startedBy, Hlc startedAt,
                              Map<String, ItemEntry> items, Map<MeterType, MeterEntry> meters,
                              Map<KeyType, Integer> keys, SignOff signOff, List<UUID> outsideSignedRecord) {

    public boolean signed() {
        return signOff != null;
    }

    /** Status given how many items the inspection's rooms hold (from the checklist template). */
    public InspectionStatus status(int itemCount) {
        if (signed()) {
            return InspectionStatus.SIGNED;
        }
        long answered = items.values().stream().filter(e -> e.result() != ItemResult.NOT_CHECKED).count();
        return answered >= itemCount ? InspectionStatus.READY_TO_SIGN : InspectionStatus.STARTED;
    }

    public long failedCount() {
        return items.values().stream().filter(e -> e.result() == ItemResult.FAIL).count();
    }
}
