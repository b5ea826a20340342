package com.handover.model.testing;

import com.handover.model.DefectCloseReason;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.Point;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderSource;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Hand-written operations for example-based tests: one device writing at explicit clock readings. Tests in
 * other modules use it too, to build realistic pushes.
 */
public final class Ops {

    public static final UUID UNIT = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID CONTRACTOR_A = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    public static final UUID CONTRACTOR_B = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    public static final String PHOTO = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final String device;
    private final String actor;
    private long millis;
    private int seq;

    public Ops(String device, String actor, long startMillis) {
        this.device = device;
        this.actor = actor;
        this.millis = startMillis;
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public Ops at(long millis) {
        this.millis = millis;
        return this;
    }

    public Operation op(OperationType type, UUID entity, UUID prev, Payload payload) {
        millis += 1000;
        return new Operation(id(device + "#" + (++seq) + "@" + millis), type, entity, new Hlc(millis, 0, device),
                actor, device, prev, payload);
    }

    public Operation startInspection(UUID inspection, String... rooms) {
        return op(OperationType.INSPECTION_STARTED, inspection, null, new InspectionOps.Started(UNIT,
                InspectionKind.HANDOVER, "FINISHED", 1, List.of(rooms), List.of()));
    }

    public Operation item(UUID inspection, String room, String item, ItemResult result, Operation prev) {
        return op(OperationType.INSPECTION_ITEM_RECORDED, inspection, prev == null ? null : prev.id(),
                new InspectionOps.ItemRecorded(room, item, result, null, null));
    }

    public Operation openDefect(UUID defect, UUID inspection, String room, String item) {
        return op(OperationType.DEFECT_OPENED, defect, null, new DefectOps.Opened(UNIT, inspection, room, item,
                "墙面空鼓", Severity.NORMAL, "CIVIL", "PLASTER", null,
                List.of(new PhotoRef(PHOTO, Instant.ofEpochMilli(millis), null, null)), null, LocalDate.of(2026, 10, 1)));
    }

    public Operation sign(UUID inspection, Collection<Operation> covered, SignOffDecision decision) {
        return op(OperationType.INSPECTION_SIGNED, inspection, null, new InspectionOps.Signed(decision,
                List.of(signature(SignerRole.OWNER), signature(SignerRole.INSPECTOR)),
                covered.stream().map(Operation::id).toList(), SignOffHasher.hash(inspection, covered, decision)));
    }

    public Operation defectStatus(UUID defect, Operation prev, Payload payload) {
        OperationType type = switch (payload.getClass().getSimpleName()) {
            case "Assigned" -> OperationType.DEFECT_ASSIGNED;
            case "RepairStarted" -> OperationType.DEFECT_REPAIR_STARTED;
            case "Repaired" -> OperationType.DEFECT_REPAIRED;
            case "Closed" -> OperationType.DEFECT_CLOSED;
            case "Reopened" -> OperationType.DEFECT_REOPENED;
            case "Voided" -> OperationType.DEFECT_VOIDED;
            default -> throw new IllegalArgumentException(payload.getClass().getName());
        };
        return op(type, defect, prev == null ? null : prev.id(), payload);
    }

    public Operation closeByOwner(UUID defect, Operation prev) {
        return defectStatus(defect, prev, new DefectOps.Closed(DefectCloseReason.OWNER_CONFIRMED, null));
    }

    public Operation createWorkOrder(UUID order, long estimatedCostFen, boolean emergency) {
        return op(OperationType.WORK_ORDER_CREATED, order, null, new WorkOrderOps.Created(UNIT,
                WorkOrderSource.OWNER_REPORT, null, null, "KITCHEN", "厨房水槽下渗水", Severity.NORMAL, "PIPE_LEAK",
                estimatedCostFen, emergency, Instant.ofEpochMilli(millis)));
    }

    public Operation workOrderStep(OperationType type, UUID order, Operation prev, Payload payload) {
        return op(type, order, prev == null ? null : prev.id(), payload);
    }

    public Operation confirm(UUID order, SignerRole role, String contentHash) {
        return op(OperationType.WORK_ORDER_CONFIRMED, order, null,
                new WorkOrderOps.Confirmed(signature(role), contentHash));
    }

    public Signature signature(SignerRole role) {
        return new Signature(role, role == SignerRole.OWNER ? "王芳" : "李工",
                List.of(new Stroke(List.of(new Point(1000, 1000), new Point(5000, 4000), new Point(9000, 2000)))),
                Instant.ofEpochMilli(millis));
    }
}
