package com.handover.model.sync.fold;

import com.handover.model.PhotoRef;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderStatus;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.OpOutcome;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.Confirmation;
import com.handover.model.sync.state.WorkOrderState;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Folds one work order's operations. What was observed on site outranks what was decided elsewhere: a
 * reassignment that reaches an order already worked on site is refused and recorded as a conflict, and an
 * on-site step made without seeing a reassignment restores the assignment it was made under. The order is
 * CONFIRMED only when every required party has confirmed the completed repair over the same content: a
 * confirmation signed over other content (say, a completion this fold did not keep) is refused, and that party
 * signs again.
 */
public final class WorkOrderFold {

    public static final String RULE_ALREADY_CREATED = "WORK_ORDER_ALREADY_CREATED";
    public static final String RULE_ON_SITE_OUTRANKS = "ON_SITE_WORK_OUTRANKS_REASSIGNMENT";
    public static final String RULE_NOT_ALLOWED = "WORK_ORDER_STEP_NOT_ALLOWED";
    public static final String RULE_NOT_COMPLETED = "WORK_ORDER_NOT_COMPLETED";
    public static final String RULE_ROLE_CONFIRMED = "ROLE_ALREADY_CONFIRMED";
    public static final String RULE_NOT_CONFIRMED = "WORK_ORDER_NOT_CONFIRMED";
    public static final String RULE_VOID = "WORK_ORDER_IS_VOID";
    public static final String RULE_OTHER_CONTENT = "CONFIRMED_CONTENT_DIFFERS";
    /** A settled order's settlement is final: no objection is recorded or decided on it any more. */
    public static final String RULE_SETTLEMENT_FINAL = "WORK_ORDER_SETTLEMENT_FINAL";
    public static final String RULE_NO_OBJECTION = "WORK_ORDER_NO_OBJECTION";
    /** The settlement stays provisional (待确认) while an objection to the order's deduction is open. */
    public static final String RULE_OBJECTION_OPEN = "WORK_ORDER_OBJECTION_OPEN";

    private static final Set<WorkOrderStatus> BEFORE_SITE =
            EnumSet.of(WorkOrderStatus.CREATED, WorkOrderStatus.ASSIGNED);

    private WorkOrderFold() {
    }

    /** @return null when the work order's creation is not held */
    public static WorkOrderState fold(List<Operation> ops, FoldContext ctx) {
        Operation create = ctx.creation(ops, OperationType.WORK_ORDER_CREATED);
        if (create == null) {
            return null;
        }
        var b = new Builder(create);
        for (Operation op : ops) {
            if (op == create) {
                ctx.write(op);
                continue;
            }
            b.lastChangedAt = op.hlc();
            switch (op.type()) {
                case WORK_ORDER_CREATED -> ctx.reject(op, RULE_ALREADY_CREATED);
                case WORK_ORDER_CONFIRMED -> confirm(b, op, ctx);
                case WORK_ORDER_REVISITED -> revisit(b, op, ctx);
                case WORK_ORDER_OBJECTION_RECORDED, WORK_ORDER_OBJECTION_DECIDED -> ObjectionFold.apply(b, op, ctx);
                default -> transition(b, op, ctx);
            }
        }
        return b.build();
    }

    private static void confirm(Builder b, Operation op, FoldContext ctx) {
        var c = (WorkOrderOps.Confirmed) op.payload();
        SignerRole role = c.signature().role();
        if (b.status == WorkOrderStatus.VOID) {
            ctx.reject(op, RULE_VOID);
        } else if (b.status != WorkOrderStatus.COMPLETED && b.status != WorkOrderStatus.CONFIRMED
                && b.status != WorkOrderStatus.SETTLED) {
            ctx.reject(op, RULE_NOT_COMPLETED);
        } else if (b.confirmations.containsKey(role)) {
            ctx.reject(op, RULE_ROLE_CONFIRMED);
        } else if (!c.contentHash().equals(WorkOrderContent.of(b.build()).hash())) {
            ctx.reject(op, RULE_OTHER_CONTENT);
        } else {
            b.confirmations.put(role, new Confirmation(c.signature(), c.contentHash(), op.id()));
            ctx.outcome(op, OpOutcome.APPLIED);
            if (b.status == WorkOrderStatus.COMPLETED
                    && b.confirmations.keySet().containsAll(WorkOrderState.REQUIRED_CONFIRMATIONS)) {
                b.status = WorkOrderStatus.CONFIRMED;
            }
        }
    }

    private static void revisit(Builder b, Operation op, FoldContext ctx) {
        if (b.status != WorkOrderStatus.CONFIRMED && b.status != WorkOrderStatus.SETTLED) {
            ctx.rejectWrite(op, RULE_NOT_CONFIRMED);
            return;
        }
        var r = (WorkOrderOps.Revisited) op.payload();
        ctx.write(op);
        b.satisfaction = r.satisfaction();
        b.revisitNote = r.note();
    }

    private static void transition(Builder b, Operation op, FoldContext ctx) {
        Operation seen = op.prev() == null ? null : b.statusOps.get(op.prev());
        boolean concurrent = ctx.isConcurrent(op);
        String refusal = op.type() == OperationType.WORK_ORDER_SETTLED && b.objection != null && b.objection.open()
                ? RULE_OBJECTION_OPEN : refusal(b.status, op);
        if (refusal != null) {
            ctx.rejectWrite(op, refusal);
            return;
        }
        ctx.write(op);
        b.statusOps.put(op.id(), op);
        Object p = op.payload();
        if (concurrent && isOnSite(op.type()) && seen != null && seen.payload() instanceof WorkOrderOps.Assigned a) {
            b.contractorId = a.contractorId();
            b.assignee = a.assignee();
        }
        if (p instanceof WorkOrderOps.Assigned a) {
            b.status = WorkOrderStatus.ASSIGNED;
            b.contractorId = a.contractorId();
            b.assignee = a.assignee();
        } else if (p instanceof WorkOrderOps.Escalated e) {
            b.status = WorkOrderStatus.SELF_REPAIR;
            b.selfRepair = true;
            b.escalationReason = e.reason();
            if (e.assignee() != null) {
                b.assignee = e.assignee();
            }
        } else if (p instanceof WorkOrderOps.Arrived a) {
            b.status = WorkOrderStatus.ARRIVED;
            b.arrivedAt = a.at();
        } else if (p instanceof WorkOrderOps.Completed c) {
            b.status = WorkOrderStatus.COMPLETED;
            b.completedAt = Instant.ofEpochMilli(op.hlc().wallMillis());
            b.completionNote = c.note();
            b.actualCostFen = c.actualCostFen();
            b.beforePhotos = c.beforePhotos();
            b.afterPhotos = c.afterPhotos();
        } else if (p instanceof WorkOrderOps.Settled s) {
            b.status = WorkOrderStatus.SETTLED;
            b.settledPeriod = s.period();
        } else if (p instanceof WorkOrderOps.Voided v) {
            b.status = WorkOrderStatus.VOID;
            b.voidReason = v.reason();
        }
    }

    private static boolean isOnSite(OperationType type) {
        return type == OperationType.WORK_ORDER_ARRIVED || type == OperationType.WORK_ORDER_COMPLETED;
    }

    /** Why {@code op} may not move a work order on from {@code from}, or null if it may. */
    static String refusal(WorkOrderStatus from, Operation op) {
        if (from == WorkOrderStatus.VOID) {
            return RULE_VOID;
        }
        boolean ok = switch (op.type()) {
            case WORK_ORDER_ASSIGNED, WORK_ORDER_ESCALATED -> BEFORE_SITE.contains(from);
            case WORK_ORDER_ARRIVED -> BEFORE_SITE.contains(from) || from == WorkOrderStatus.SELF_REPAIR;
            case WORK_ORDER_COMPLETED -> from == WorkOrderStatus.ARRIVED || from == WorkOrderStatus.SELF_REPAIR;
            case WORK_ORDER_SETTLED -> from == WorkOrderStatus.CONFIRMED;
            case WORK_ORDER_VOIDED -> from != WorkOrderStatus.SETTLED;
            default -> throw new IllegalStateException("not a work order status change: " + op.type());
        };
        if (ok) {
            return null;
        }
        if (op.type() == OperationType.WORK_ORDER_ASSIGNED) {
            return RULE_ON_SITE_OUTRANKS;
        }
        return RULE_NOT_ALLOWED;
    }

    static final class Builder {
        final Operation create;
        final WorkOrderOps.Created created;
        final Map<UUID, Operation> statusOps = new HashMap<>();
        final Map<SignerRole, Confirmation> confirmations = new EnumMap<>(SignerRole.class);
        WorkOrderStatus status = WorkOrderStatus.CREATED;
        UUID contractorId;
        String assignee;
        boolean selfRepair;
        String escalationReason;
        Instant arrivedAt;
        Instant completedAt;
        String completionNote;
        Long actualCostFen;
        List<PhotoRef> beforePhotos = List.of();
        List<PhotoRef> afterPhotos = List.of();
        String settledPeriod;
        Integer satisfaction;
        String revisitNote;
        String voidReason;
        Hlc lastChangedAt;
        WorkOrderState.Objection objection;

        Builder(Operation create) {
            this.create = create;
            this.created = (WorkOrderOps.Created) create.payload();
            this.lastChangedAt = create.hlc();
        }

        WorkOrderState build() {
            return new WorkOrderState(create.entity(), created.unitId(), created.source(), created.defectId(),
                    created.complaintId(), created.room(), created.description(), created.severity(),
                    created.warrantyCategory(), created.estimatedCostFen(), created.emergency(), created.reportedAt(),
                    status, contractorId, assignee, selfRepair, escalationReason, arrivedAt, completedAt,
                    completionNote, actualCostFen, beforePhotos, afterPhotos,
                    Collections.unmodifiableMap(confirmations), settledPeriod, satisfaction, revisitNote, voidReason,
                    create.actor(), create.hlc(), lastChangedAt, created.rectifyBy(), objection);
        }
    }
}
