package com.handover.server.clock;

import com.handover.server.sync.ServerOperations;
import com.handover.model.sla.Chargeback;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.server.auth.User;
import com.handover.server.store.Database;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Escalates a work order to self-repair (转自修): the developer's own team takes the repair over and the
 * chargeback to the contractor's deposit follows from the SLA rules. The escalation is an operation
 * ({@code workorder.escalated}) written through the push path, so devices pull it like any other.
 */
public final class Escalations {

    /** Why an escalation was not made. */
    public enum Refusal { NO_SUCH_ORDER, ALREADY_ON_SITE_OR_CLOSED, NOT_OVERDUE }

    /** The outcome: the chargeback it costs (on the estimate until the actual cost is known), or why not. */
    public record Outcome(boolean escalated, Refusal refusal, Chargeback chargeback) {
    }

    private final Database db;
    private final UnitRecords records;
    private final ServerOperations writer;
    private final RepairClock clock;

    public Escalations(Database db, UnitRecords records, ServerOperations writer, RepairClock clock) {
        this.db = db;
        this.records = records;
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * @param onlyWhenOverdue true for the clock job; the office may also escalate before the deadline (the
     *                        contractor could not be reached: 维修工作规定)
     * @param sharedId        true to derive the operation id from the order, so that several server nodes
     *                        write one escalation between them
     */
    public Outcome escalate(UUID workOrderId, User actor, String reason, Instant now, boolean onlyWhenOverdue,
                            boolean sharedId) {
        return escalate(workOrderId, actor, reason, null, now, onlyWhenOverdue, sharedId);
    }

    /** As above, sending {@code repairer} (null: the order keeps its assignee) to do the repair. */
    public Outcome escalate(UUID workOrderId, User actor, String reason, String repairer, Instant now,
                            boolean onlyWhenOverdue, boolean sharedId) {
        WorkOrderRow row = db.read(c -> WorkOrderRows.byId(c, workOrderId)).orElse(null);
        if (row == null) {
            return new Outcome(false, Refusal.NO_SUCH_ORDER, null);
        }
        if (!row.awaitingArrival()) {
            return new Outcome(false, Refusal.ALREADY_ON_SITE_OR_CLOSED, null);
        }
        if (onlyWhenOverdue && !clock.status(row, now).overdue()) {
            return new Outcome(false, Refusal.NOT_OVERDUE, null);
        }
        ReplicaState state = records.of(row.unitId());
        UUID prev = UnitRecords.inEffect(state, EntityKind.WORK_ORDER, workOrderId, "status");
        UUID id = sharedId ? ServerOperations.Draft.nameId("workorder.escalated:" + workOrderId + ":" + prev)
                : UUID.randomUUID();
        writer.write(actor, List.of(new ServerOperations.Draft(id, OperationType.WORK_ORDER_ESCALATED, workOrderId,
                prev, new WorkOrderOps.Escalated(reason, repairer))));
        ContractorWarrantyEnds.Window window = db.read(c -> clock.windows(c).of(row));
        return new Outcome(true, null, clock.escalationChargeback(row, window));
    }
}
