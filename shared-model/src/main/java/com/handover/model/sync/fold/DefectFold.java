package com.handover.model.sync.fold;

import com.handover.model.DefectCloseReason;
import com.handover.model.DefectStatus;
import com.handover.model.FloorPlanPin;
import com.handover.model.MarkupShape;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.OpOutcome;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.state.DefectState;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Folds one defect's operations. Status changes apply in clock order; a change not allowed from the state
 * reached is kept as rejected, with the rule named. Photos only ever accumulate.
 */
public final class DefectFold {

    public static final String RULE_ALREADY_OPENED = "DEFECT_ALREADY_OPENED";
    public static final String RULE_VOID = "DEFECT_IS_VOID";
    public static final String RULE_CLOSED = "DEFECT_IS_CLOSED";
    public static final String RULE_NOT_REPAIRED = "DEFECT_NOT_REPAIRED";
    public static final String RULE_NOT_REOPENABLE = "DEFECT_NOT_REPAIRED_OR_CLOSED";
    public static final String RULE_REPAIR_FINISHED = "DEFECT_REPAIR_ALREADY_FINISHED";

    private static final Set<DefectStatus> IN_WORK = EnumSet.of(DefectStatus.OPEN, DefectStatus.ASSIGNED,
            DefectStatus.IN_REPAIR, DefectStatus.REOPENED);

    private DefectFold() {
    }

    /**
     * @param coveredBySignOff for an inspection id, the operations its sign-off covered, or null if unsigned
     * @return null when the defect's opening is not held
     */
    public static DefectState fold(List<Operation> ops, Function<UUID, Set<UUID>> coveredBySignOff, FoldContext ctx) {
        Operation open = ctx.creation(ops, OperationType.DEFECT_OPENED);
        if (open == null) {
            return null;
        }
        var opened = (DefectOps.Opened) open.payload();
        var b = new Builder(open, opened);
        if (opened.inspectionId() != null) {
            Set<UUID> covered = coveredBySignOff.apply(opened.inspectionId());
            b.outsideSignedRecord = covered != null && !covered.contains(open.id());
        }
        for (Operation op : ops) {
            if (op == open) {
                ctx.write(op);
                continue;
            }
            b.lastChangedAt = op.hlc();
            switch (op.type()) {
                case DEFECT_OPENED -> ctx.reject(op, RULE_ALREADY_OPENED);
                case DEFECT_UPDATED -> update(b, op, ctx);
                case DEFECT_PHOTO_ATTACHED -> {
                    b.addPhoto(((DefectOps.PhotoAttached) op.payload()).photo());
                    ctx.outcome(op, OpOutcome.APPLIED);
                }
                case DEFECT_PHOTO_ANNOTATED -> {
                    var a = (DefectOps.PhotoAnnotated) op.payload();
                    ctx.write(op);
                    b.markups.put(a.photoSha256(), a.shapes());
                }
                default -> transition(b, op, ctx);
            }
        }
        return b.build();
    }

    private static void update(Builder b, Operation op, FoldContext ctx) {
        if (b.status == DefectStatus.VOID) {
            ctx.rejectWrite(op, RULE_VOID);
            return;
        }
        var u = (DefectOps.Updated) op.payload();
        ctx.write(op);
        if (u.description() != null) {
            b.description = u.description();
        } else if (u.severity() != null) {
            b.severity = u.severity();
        } else if (u.trade() != null) {
            b.trade = u.trade();
        } else {
            b.pin = u.pin();
        }
    }

    private static void transition(Builder b, Operation op, FoldContext ctx) {
        String refusal = refusal(b.status, op);
        if (refusal != null) {
            ctx.rejectWrite(op, refusal);
            return;
        }
        ctx.write(op);
        Object p = op.payload();
        if (p instanceof DefectOps.Assigned a) {
            b.status = DefectStatus.ASSIGNED;
            b.contractorId = a.contractorId();
        } else if (p instanceof DefectOps.RepairStarted) {
            b.status = DefectStatus.IN_REPAIR;
        } else if (p instanceof DefectOps.Repaired r) {
            b.status = DefectStatus.REPAIRED;
            b.repairNote = r.note();
            r.photos().forEach(b::addPhoto);
        } else if (p instanceof DefectOps.Closed c) {
            b.status = DefectStatus.CLOSED;
            b.closeReason = c.reason();
        } else if (p instanceof DefectOps.Reopened r) {
            b.status = DefectStatus.REOPENED;
            b.reopenCount++;
            b.closeReason = null;
            r.photos().forEach(b::addPhoto);
        } else if (p instanceof DefectOps.Voided v) {
            b.status = DefectStatus.VOID;
            b.voidReason = v.reason();
        }
    }

    /** Why {@code op} may not change a defect in {@code from}, or null if it may. */
    static String refusal(DefectStatus from, Operation op) {
        if (from == DefectStatus.VOID) {
            return RULE_VOID;
        }
        return switch (op.type()) {
            case DEFECT_ASSIGNED, DEFECT_REPAIR_STARTED -> IN_WORK.contains(from) ? null
                    : from == DefectStatus.CLOSED ? RULE_CLOSED : RULE_REPAIR_FINISHED;
            case DEFECT_REPAIRED -> IN_WORK.contains(from) ? null
                    : from == DefectStatus.CLOSED ? RULE_CLOSED : RULE_REPAIR_FINISHED;
            case DEFECT_CLOSED -> {
                var reason = ((DefectOps.Closed) op.payload()).reason();
                if (from == DefectStatus.CLOSED) {
                    yield RULE_CLOSED;
                }
                // A passed re-inspection item closes the defect from any open state; the owner confirms a repair.
                yield reason == DefectCloseReason.REINSPECTION_PASSED || from == DefectStatus.REPAIRED
                        ? null : RULE_NOT_REPAIRED;
            }
            case DEFECT_REOPENED -> from == DefectStatus.REPAIRED || from == DefectStatus.CLOSED ? null : RULE_NOT_REOPENABLE;
            case DEFECT_VOIDED -> null;
            default -> throw new IllegalStateException("not a defect status change: " + op.type());
        };
    }

    private static final class Builder {
        final Operation open;
        final DefectOps.Opened opened;
        String description;
        Severity severity;
        String trade;
        FloorPlanPin pin;
        final Map<String, PhotoRef> photos = new TreeMap<>();
        final Map<String, List<MarkupShape>> markups = new TreeMap<>();
        DefectStatus status = DefectStatus.OPEN;
        UUID contractorId;
        String repairNote;
        DefectCloseReason closeReason;
        String voidReason;
        int reopenCount;
        boolean outsideSignedRecord;
        Hlc lastChangedAt;

        Builder(Operation open, DefectOps.Opened opened) {
            this.open = open;
            this.opened = opened;
            description = opened.description();
            severity = opened.severity();
            trade = opened.trade();
            pin = opened.pin();
            opened.photos().forEach(this::addPhoto);
            lastChangedAt = open.hlc();
        }

        void addPhoto(PhotoRef photo) {
            photos.putIfAbsent(photo.sha256(), photo);
        }

        DefectState build() {
            return DefectState.builder(open.entity(), opened.unitId())
                    .inspectionId(opened.inspectionId()).room(opened.room()).itemCode(opened.itemCode())
                    .description(description).severity(severity).trade(trade)
                    .warrantyCategory(opened.warrantyCategory()).pin(pin)
                    .photos(List.copyOf(photos.values())).markups(Collections.unmodifiableMap(markups))
                    .noPhotoReason(opened.noPhotoReason()).reportedOn(opened.reportedOn())
                    .status(status).contractorId(contractorId).repairNote(repairNote).closeReason(closeReason)
                    .voidReason(voidReason).reopenCount(reopenCount).outsideSignedRecord(outsideSignedRecord)
                    .openedBy(open.actor()).openedAt(open.hlc()).lastChangedAt(lastChangedAt)
                    .build();
        }
    }
}
