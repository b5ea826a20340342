package com.handover.model.sync;

import com.handover.model.sync.ops.ComplaintOps;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of operations: one per user action, each with its wire name, the kind of record it
 * touches and its payload type. {@link #field} names the single-valued field an operation writes
 * (concurrent writes to one field are resolved by clock and recorded as a conflict); operations that
 * add to a set (a photo, a confirmation) write no field and never conflict.
 */
public enum OperationType {
    INSPECTION_STARTED("inspection.started", EntityKind.INSPECTION, InspectionOps.Started.class, p -> "start"),
    INSPECTION_ITEM_RECORDED("inspection.item_recorded", EntityKind.INSPECTION, InspectionOps.ItemRecorded.class,
            p -> "item:" + ((InspectionOps.ItemRecorded) p).room() + "/" + ((InspectionOps.ItemRecorded) p).itemCode()),
    INSPECTION_METER_READ("inspection.meter_read", EntityKind.INSPECTION, InspectionOps.MeterRead.class,
            p -> "meter:" + ((InspectionOps.MeterRead) p).meter()),
    INSPECTION_KEYS_COUNTED("inspection.keys_counted", EntityKind.INSPECTION, InspectionOps.KeysCounted.class,
            p -> "keys:" + ((InspectionOps.KeysCounted) p).keyType()),
    INSPECTION_SIGNED("inspection.signed", EntityKind.INSPECTION, InspectionOps.Signed.class, p -> "status"),

    DEFECT_OPENED("defect.opened", EntityKind.DEFECT, DefectOps.Opened.class, p -> "start"),
    DEFECT_UPDATED("defect.updated", EntityKind.DEFECT, DefectOps.Updated.class,
            p -> ((DefectOps.Updated) p).field()),
    DEFECT_PHOTO_ATTACHED("defect.photo_attached", EntityKind.DEFECT, DefectOps.PhotoAttached.class, p -> null),
    DEFECT_PHOTO_ANNOTATED("defect.photo_annotated", EntityKind.DEFECT, DefectOps.PhotoAnnotated.class,
            p -> "markup:" + ((DefectOps.PhotoAnnotated) p).photoSha256()),
    DEFECT_ASSIGNED("defect.assigned", EntityKind.DEFECT, DefectOps.Assigned.class, p -> "status"),
    DEFECT_REPAIR_STARTED("defect.repair_started", EntityKind.DEFECT, DefectOps.RepairStarted.class, p -> "status"),
    DEFECT_REPAIRED("defect.repaired", EntityKind.DEFECT, DefectOps.Repaired.class, p -> "status"),
    DEFECT_CLOSED("defect.closed", EntityKind.DEFECT, DefectOps.Closed.class, p -> "status"),
    DEFECT_REOPENED("defect.reopened", EntityKind.DEFECT, DefectOps.Reopened.class, p -> "status"),
    DEFECT_VOIDED("defect.voided", EntityKind.DEFECT, DefectOps.Voided.class, p -> "status"),

    WORK_ORDER_CREATED("workorder.created", EntityKind.WORK_ORDER, WorkOrderOps.Created.class, p -> "start"),
    WORK_ORDER_ASSIGNED("workorder.assigned", EntityKind.WORK_ORDER, WorkOrderOps.Assigned.class, p -> "status"),
    WORK_ORDER_ARRIVED("workorder.arrived", EntityKind.WORK_ORDER, WorkOrderOps.Arrived.class, p -> "status"),
    WORK_ORDER_COMPLETED("workorder.completed", EntityKind.WORK_ORDER, WorkOrderOps.Completed.class, p -> "status"),
    WORK_ORDER_CONFIRMED("workorder.confirmed", EntityKind.WORK_ORDER, WorkOrderOps.Confirmed.class, p -> null),
    WORK_ORDER_ESCALATED("workorder.escalated", EntityKind.WORK_ORDER, WorkOrderOps.Escalated.class, p -> "status"),
    WORK_ORDER_SETTLED("workorder.settled", EntityKind.WORK_ORDER, WorkOrderOps.Settled.class, p -> "status"),
    WORK_ORDER_REVISITED("workorder.revisited", EntityKind.WORK_ORDER, WorkOrderOps.Revisited.class, p -> "revisit"),
    WORK_ORDER_VOIDED("workorder.voided", EntityKind.WORK_ORDER, WorkOrderOps.Voided.class, p -> "status"),
    WORK_ORDER_OBJECTION_RECORDED("workorder.objection_recorded", EntityKind.WORK_ORDER,
            WorkOrderOps.ObjectionRecorded.class, p -> "objection"),
    WORK_ORDER_OBJECTION_DECIDED("workorder.objection_decided", EntityKind.WORK_ORDER,
            WorkOrderOps.ObjectionDecided.class, p -> "objectionDecision"),

    COMPLAINT_RECEIVED("complaint.received", EntityKind.COMPLAINT, ComplaintOps.Received.class, p -> "start"),
    COMPLAINT_ANSWERED("complaint.answered", EntityKind.COMPLAINT, ComplaintOps.Answered.class, p -> "status"),
    COMPLAINT_CLOSED("complaint.closed", EntityKind.COMPLAINT, ComplaintOps.Closed.class, p -> "status"),
    COMPLAINT_HANDLED("complaint.handled", EntityKind.COMPLAINT, ComplaintOps.Handled.class, p -> "handling"),
    COMPLAINT_ESCALATED("complaint.escalated", EntityKind.COMPLAINT, ComplaintOps.Escalated.class, p -> "escalation"),
    COMPLAINT_JUDGED("complaint.judged", EntityKind.COMPLAINT, ComplaintOps.Judged.class, p -> "validity");

    private static final Map<String, OperationType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(OperationType::wireName, t -> t));

    private final String wireName;
    private final EntityKind entityKind;
    private final Class<? extends Payload> payloadClass;
    private final Function<Payload, String> field;

    OperationType(String wireName, EntityKind entityKind, Class<? extends Payload> payloadClass,
                  Function<Payload, String> field) {
        this.wireName = wireName;
        this.entityKind = entityKind;
        this.payloadClass = payloadClass;
        this.field = field;
    }

    public String wireName() {
        return wireName;
    }

    public EntityKind entityKind() {
        return entityKind;
    }

    public Class<? extends Payload> payloadClass() {
        return payloadClass;
    }

    /** The field this operation writes, or null for an operation that adds to a set. */
    public String field(Payload payload) {
        return field.apply(payload);
    }

    /** True for the operation that creates its record. */
    public boolean creates() {
        return this == INSPECTION_STARTED || this == DEFECT_OPENED || this == WORK_ORDER_CREATED
                || this == COMPLAINT_RECEIVED;
    }

    /** An objection to a deduction or its decision: the office's part of the quarterly settlement. */
    public boolean settlementObjection() {
        return this == WORK_ORDER_OBJECTION_RECORDED || this == WORK_ORDER_OBJECTION_DECIDED;
    }

    public static Optional<OperationType> fromWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }
}
