package com.handover.server.office.disputes;

import com.handover.model.ObjectionDecision;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sla.ObjectionOutcome;
import com.handover.model.sla.Quarter;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.Payload;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.clock.RepairClock;
import com.handover.server.clock.UnitRecords;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.store.Database;
import com.handover.server.sync.ServerOperations.Draft;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * 异议: the office records a contractor's objection to one deduction of a quarter's settlement (the
 * contractor's reason, who received it, when) and decides it (维持/撤销/调整金额, with a reason). Each is one
 * operation through the server's operation path; the reducer keeps the settlement provisional while one is open.
 */
public final class SettlementObjections {

    private final Database db;
    private final ClockServices clocks;

    public SettlementObjections(Database db, ClockServices clocks) {
        this.db = db;
        this.clocks = clocks;
    }

    public void record(UUID contractorId, UUID orderId, Quarter quarter, String reason, String receivedBy,
                       Instant receivedAt, User office) {
        WorkOrderRow row = order(contractorId, orderId);
        WorkOrderState w = state(row);
        String refused = whyNoObjection(w.status(), w.objection(), deductedFen(row, w.objection()));
        if (refused != null) {
            throw new DisputeRefused(refused);
        }
        write(w, OperationType.WORK_ORDER_OBJECTION_RECORDED, "objection",
                new WorkOrderOps.ObjectionRecorded(quarter.toString(), reason, receivedBy, receivedAt), office);
    }

    public void decide(UUID contractorId, UUID orderId, ObjectionDecision decision, Long adjustedFen, String reason,
                       User office) {
        WorkOrderState w = confirmed(order(contractorId, orderId));
        if (!w.objectionOpen()) {
            throw new DisputeRefused("disputes.objection.noneOpen");
        }
        write(w, OperationType.WORK_ORDER_OBJECTION_DECIDED, "objectionDecision",
                new WorkOrderOps.ObjectionDecided(decision, adjustedFen, reason), office);
    }

    private WorkOrderRow order(UUID contractorId, UUID orderId) {
        return db.read(c -> WorkOrderRows.byId(c, orderId)).filter(r -> contractorId.equals(r.contractorId()))
                .orElseThrow(() -> new DisputeRefused("disputes.objection.none"));
    }

    /**
     * Why an objection cannot be recorded against an order now (a text key), or null when it can: one at a time,
     * on a confirmed order not yet settled, and only to a deduction (what is deducted after any earlier decision).
     * The objections page offers the form by the same rule.
     */
    public static String whyNoObjection(WorkOrderStatus status, WorkOrderState.Objection objection, long deductedFen) {
        if (objection != null && objection.open()) {
            return "disputes.objection.alreadyOpen";
        }
        if (status == WorkOrderStatus.SETTLED) {
            return "disputes.objection.final";
        }
        if (status != WorkOrderStatus.CONFIRMED) {
            return "disputes.objection.notConfirmed";
        }
        return deductedFen <= 0 ? "disputes.objection.nothingDeducted" : null;
    }

    /** What the order deducts from the contractor's 质保金 as things stand, after any decided objection. */
    private long deductedFen(WorkOrderRow row, WorkOrderState.Objection objection) {
        RepairClock clock = clocks.repairClock();
        return db.read(c -> ObjectionOutcome.apply(clock.bookedChargeback(row, clock.windows(c).of(row)), objection)
                .fen());
    }

    private WorkOrderState state(WorkOrderRow row) {
        WorkOrderState w = clocks.records().of(row.unitId()).workOrders().get(row.id());
        if (w == null) {
            throw new DisputeRefused("disputes.objection.none");
        }
        return w;
    }

    private WorkOrderState confirmed(WorkOrderRow row) {
        WorkOrderState w = state(row);
        if (w.status() == WorkOrderStatus.SETTLED) {
            throw new DisputeRefused("disputes.objection.final");
        }
        if (w.status() != WorkOrderStatus.CONFIRMED) {
            throw new DisputeRefused("disputes.objection.notConfirmed");
        }
        return w;
    }

    private void write(WorkOrderState w, OperationType type, String field, Payload payload, User office) {
        ReplicaState state = clocks.records().of(w.unitId());
        UUID prev = UnitRecords.inEffect(state, EntityKind.WORK_ORDER, w.id(), field);
        clocks.writer().write(office, List.of(Draft.of(type, w.id(), prev, payload)));
    }
}
