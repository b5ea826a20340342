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

    public static Builder builder(UUID id, UUID unitId) {
        return new Builder(id, unitId);
    }

    /** A defect state by name: what the fold reached, or a test's defect; unset fields stay null, 0 or empty. */
    public static final class Builder {
        private final UUID id;
        private final UUID unitId;
        private UUID inspectionId;
        private String room;
        private String itemCode;
        private String description;
        private Severity severity;
        private String trade;
        private String warrantyCategory;
        private FloorPlanPin pin;
        private List<PhotoRef> photos = List.of();
        private Map<String, List<MarkupShape>> markups = Map.of();
        private String noPhotoReason;
        private LocalDate reportedOn;
        private DefectStatus status = DefectStatus.OPEN;
        private UUID contractorId;
        private String repairNote;
        private DefectCloseReason closeReason;
        private String voidReason;
        private int reopenCount;
        private boolean outsideSignedRecord;
        private String openedBy;
        private Hlc openedAt;
        private Hlc lastChangedAt;

        private Builder(UUID id, UUID unitId) {
            this.id = id;
            this.unitId = unitId;
        }

        public Builder inspectionId(UUID inspectionId) {
            this.inspectionId = inspectionId;
            return this;
        }

        public Builder room(String room) {
            this.room = room;
            return this;
        }

        public Builder itemCode(String itemCode) {
            this.itemCode = itemCode;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder trade(String trade) {
            this.trade = trade;
            return this;
        }

        public Builder warrantyCategory(String warrantyCategory) {
            this.warrantyCategory = warrantyCategory;
            return this;
        }

        public Builder pin(FloorPlanPin pin) {
            this.pin = pin;
            return this;
        }

        public Builder photos(List<PhotoRef> photos) {
            this.photos = photos;
            return this;
        }

        public Builder markups(Map<String, List<MarkupShape>> markups) {
            this.markups = markups;
            return this;
        }

        public Builder noPhotoReason(String noPhotoReason) {
            this.noPhotoReason = noPhotoReason;
            return this;
        }

        public Builder reportedOn(LocalDate reportedOn) {
            this.reportedOn = reportedOn;
            return this;
        }

        public Builder status(DefectStatus status) {
            this.status = status;
            return this;
        }

        public Builder contractorId(UUID contractorId) {
            this.contractorId = contractorId;
            return this;
        }

        public Builder repairNote(String repairNote) {
            this.repairNote = repairNote;
            return this;
        }

        public Builder closeReason(DefectCloseReason closeReason) {
            this.closeReason = closeReason;
            return this;
        }

        public Builder voidReason(String voidReason) {
            this.voidReason = voidReason;
            return this;
        }

        public Builder reopenCount(int reopenCount) {
            this.reopenCount = reopenCount;
            return this;
        }

        public Builder outsideSignedRecord(boolean outsideSignedRecord) {
            this.outsideSignedRecord = outsideSignedRecord;
            return this;
        }

        public Builder openedBy(String openedBy) {
            this.openedBy = openedBy;
            return this;
        }

        public Builder openedAt(Hlc openedAt) {
            this.openedAt = openedAt;
            return this;
        }

        public Builder lastChangedAt(Hlc lastChangedAt) {
            this.lastChangedAt = lastChangedAt;
            return this;
        }

        public DefectState build() {
            return new DefectState(id, unitId, inspectionId, room, itemCode, description, severity, trade,
                    warrantyCategory, pin, photos, markups, noPhotoReason, reportedOn, status, contractorId, repairNote,
                    closeReason, voidReason, reopenCount, outsideSignedRecord, openedBy, openedAt, lastChangedAt);
        }
    }
}
