package com.handover.model.sync.state;

import com.handover.model.ObjectionDecision;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sync.Hlc;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A repair work order (维修单) as the reducer folded it. Money in fen; {@code rectifyBy} is the 整改期限, if any. */
public record WorkOrderState(UUID id, UUID unitId, WorkOrderSource source, UUID defectId, UUID complaintId,
                             String room, String description, Severity severity, String warrantyCategory,
                             long estimatedCostFen, boolean emergency, Instant reportedAt, WorkOrderStatus status,
                             UUID contractorId, String assignee, boolean selfRepair, String escalationReason,
                             Instant arrivedAt, Instant completedAt, String completionNote, Long actualCostFen,
                             List<PhotoRef> beforePhotos, List<PhotoRef> afterPhotos,
                             Map<SignerRole, Confirmation> confirmations, String settledPeriod,
                             Integer satisfaction, String revisitNote, String voidReason, String createdBy,
                             Hlc createdAt, Hlc lastChangedAt, LocalDate rectifyBy, Objection objection) {

    /**
     * The contractor's objection (异议) to this order's deduction and, once decided, the office's decision; open
     * while {@code decision} is null, and then the settlement is provisional (待确认).
     */
    public record Objection(String period, String reason, String receivedBy, Instant receivedAt, String recordedBy,
                            ObjectionDecision decision, Long adjustedFen, String decisionReason, String decidedBy,
                            Instant decidedAt) {

        public boolean open() {
            return decision == null;
        }
    }

    public boolean objectionOpen() {
        return objection != null && objection.open();
    }

    /** The four parties whose signatures close a repair (seed: 维修部、业主、监理、项目部). */
    public static final Set<SignerRole> REQUIRED_CONFIRMATIONS = Set.copyOf(EnumSet.of(
            SignerRole.MAINTENANCE, SignerRole.OWNER, SignerRole.SUPERVISOR, SignerRole.PROJECT_DEPARTMENT));

    public Set<SignerRole> missingConfirmations() {
        EnumSet<SignerRole> missing = EnumSet.copyOf(REQUIRED_CONFIRMATIONS);
        missing.removeAll(confirmations.keySet());
        return missing;
    }

    public boolean finished() {
        return status == WorkOrderStatus.CONFIRMED || status == WorkOrderStatus.SETTLED
                || status == WorkOrderStatus.VOID;
    }
}
