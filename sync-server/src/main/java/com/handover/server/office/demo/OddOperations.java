package com.handover.server.office.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.ItemResult;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What sync review exists for: two office staff reassigning one work order at the same time (a conflict), a
 * finding recorded on a signed inspection (outside the signed record), and operations the server refuses
 * (a role that may not void, an unknown operation type, an operation from another device).
 */
final class OddOperations {

    private final HistoryWriter w;

    OddOperations(HistoryWriter w) {
        this.w = w;
    }

    void send() {
        Instant at = w.now().minus(Duration.ofMinutes(40));
        w.demoClock().set(at);
        if (w.firstAccepted != null) {
            InspectionWalk walk = w.firstAccepted;
            InspectionOps.ItemRecorded first = walk.ops.stream()
                    .filter(op -> op.payload() instanceof InspectionOps.ItemRecorded)
                    .map(op -> (InspectionOps.ItemRecorded) op.payload()).findFirst().orElseThrow();
            w.pad1.record(OperationType.INSPECTION_ITEM_RECORDED, walk.inspectionId, new InspectionOps.ItemRecorded(
                    first.room(), first.itemCode(), ItemResult.FAIL, null, "签字后补录：业主反映门吸缺失"));
            w.sync(w.pad1, at);
        }
        UUID order = assignedOrder();
        if (order != null) {
            DemoDevice desk2 = new DemoDevice(w.office, "office-desk-2", "客服中心二号机", clockless(), Duration.ZERO,
                    w::nextId, w.lastWrites);
            w.desk.record(OperationType.WORK_ORDER_ASSIGNED, order, lastStatusOp(order),
                    new WorkOrderOps.Assigned(w.contractors.get(0).id(), w.maintenance.username()));
            desk2.record(OperationType.WORK_ORDER_ASSIGNED, order, lastStatusOp(order),
                    new WorkOrderOps.Assigned(w.contractors.get(w.contractors.size() - 1).id(), w.maintenance.username()));
            w.sync(w.desk, at.plusSeconds(60));
            w.demoClock().set(at.plusSeconds(90));
            w.pushRaw(desk2, at.plusSeconds(90), List.of(w.tree(desk2.outbox.get(0))));
            desk2.outbox.clear();
        }
        refused(at.plusSeconds(300));
    }

    private UUID assignedOrder() {
        return w.lastAssignedOrder;
    }

    private UUID lastStatusOp(UUID order) {
        return w.lastStatusOp.get(order);
    }

    private DemoClock clockless() {
        return w.demoClock();
    }

    private void refused(Instant at) {
        w.demoClock().set(at);
        UUID someOrder = w.lastAssignedOrder != null ? w.lastAssignedOrder : UUID.randomUUID();
        Operation voided = new Operation(w.nextId(), OperationType.WORK_ORDER_VOIDED, someOrder, w.pad1.now(),
                w.inspector.username(), w.pad1.deviceId, null, new WorkOrderOps.Voided("验房员误操作作废"));
        ObjectNode unknown = w.tree(voided).deepCopy();
        unknown.put("id", w.nextId().toString());
        unknown.put("type", "inspection.photo_deleted");
        Hlc foreignClock = new Hlc(w.pad1.now().wallMillis(), 0, "demo-pad-09");
        Operation foreign = new Operation(w.nextId(), OperationType.WORK_ORDER_REVISITED, someOrder, foreignClock,
                w.inspector.username(), "demo-pad-09", null, new WorkOrderOps.Revisited(5, "借用他人设备提交"));
        List<JsonNode> batch = List.of(w.tree(voided), unknown, w.tree(foreign));
        w.pushRaw(w.pad1, at, batch);
    }
}
