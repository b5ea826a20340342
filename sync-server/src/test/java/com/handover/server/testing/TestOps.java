package com.handover.server.testing;

import com.handover.model.Point;
import com.handover.model.Stroke;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.DefectCloseReason;
import com.handover.model.InspectionKind;
import com.handover.model.IntakeChannel;
import com.handover.model.ComplaintCategory;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds operations as one user on one device would record them, with a clock that moves a second per op. */
public final class TestOps {

    private final String actor;
    private final String device;
    private long millis;

    public TestOps(String actor, String device) {
        this(actor, device, System.currentTimeMillis());
    }

    public TestOps(String actor, String device, long startMillis) {
        this.actor = actor;
        this.device = device;
        this.millis = startMillis;
    }

    public Operation op(OperationType type, UUID entity, UUID prev, Payload payload) {
        millis += 1000;
        return new Operation(UUID.randomUUID(), type, entity, new Hlc(millis, 0, device), actor, device, prev, payload);
    }

    public Operation startInspection(UUID inspection, UUID unit) {
        return op(OperationType.INSPECTION_STARTED, inspection, null, new InspectionOps.Started(unit,
                InspectionKind.HANDOVER, "FINISHED", 1, List.of("LIVING", "KITCHEN"), List.of()));
    }

    public Operation item(UUID inspection, String room, String itemCode, ItemResult result, String note) {
        return op(OperationType.INSPECTION_ITEM_RECORDED, inspection, null,
                new InspectionOps.ItemRecorded(room, itemCode, result, null, note));
    }

    public Operation openDefect(UUID defect, UUID unit, UUID inspection, String description, String... photos) {
        List<PhotoRef> refs = java.util.Arrays.stream(photos)
                .map(sha -> new PhotoRef(sha, Instant.ofEpochMilli(millis), null, null)).toList();
        return op(OperationType.DEFECT_OPENED, defect, null, new DefectOps.Opened(unit, inspection, "LIVING",
                null, description, Severity.NORMAL, "CIVIL", "PLASTER", null, refs,
                refs.isEmpty() ? "业主未同意拍照" : null, LocalDate.of(2026, 10, 1)));
    }

    public Operation voidDefect(UUID defect, String reason) {
        return op(OperationType.DEFECT_VOIDED, defect, null, new DefectOps.Voided(reason));
    }

    public Operation closeDefect(UUID defect) {
        return op(OperationType.DEFECT_CLOSED, defect, null, new DefectOps.Closed(DefectCloseReason.OWNER_CONFIRMED, null));
    }

    public Operation createWorkOrder(UUID order, UUID unit) {
        return op(OperationType.WORK_ORDER_CREATED, order, null, new WorkOrderOps.Created(unit,
                WorkOrderSource.OWNER_REPORT, null, null, "KITCHEN", "厨房水槽下渗水", Severity.NORMAL, "PIPE_LEAK",
                50_000, false, Instant.ofEpochMilli(millis)));
    }

    public Operation assignWorkOrder(UUID order, UUID contractor, String assignee) {
        return op(OperationType.WORK_ORDER_ASSIGNED, order, null, new WorkOrderOps.Assigned(contractor, assignee));
    }

    /** Check-in on site; {@code prev} is the status change the device saw in effect (the assignment). */
    public Operation arrived(UUID order, Operation prev) {
        return op(OperationType.WORK_ORDER_ARRIVED, order, prev == null ? null : prev.id(),
                new WorkOrderOps.Arrived(Instant.ofEpochMilli(millis)));
    }

    /** One party's confirmation of a completed repair, signed on this device. */
    public Operation confirm(UUID order, SignerRole party, String signerName) {
        Signature signature = new Signature(party, signerName,
                List.of(new Stroke(List.of(new Point(1000, 1000), new Point(5000, 4000)))),
                Instant.ofEpochMilli(millis));
        return op(OperationType.WORK_ORDER_CONFIRMED, order, null,
                new WorkOrderOps.Confirmed(signature, "0".repeat(64)));
    }

    public Operation complaint(UUID complaint, UUID unit, String description) {
        return op(OperationType.COMPLAINT_RECEIVED, complaint, null, new ComplaintOps.Received(unit,
                IntakeChannel.PHONE, ComplaintCategory.HOUSING_QUALITY, null, description, Severity.NORMAL, "业主",
                "13800000000", Instant.ofEpochMilli(millis)));
    }
}
