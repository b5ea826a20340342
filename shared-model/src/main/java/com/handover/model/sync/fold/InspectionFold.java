package com.handover.model.sync.fold;

import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.sync.OpOutcome;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.ItemEntry;
import com.handover.model.sync.state.MeterEntry;
import com.handover.model.sync.state.SignOff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Folds one inspection's operations. The first sign-off in clock order is the one in effect; once it exists,
 * only the findings it covered count, whatever their clocks: a finding it did not cover (recorded later, or
 * concurrently on another device) is kept as outside the signed record.
 *
 * <p>A fold stays open after its operations: findings that come after all of them in fold order can be folded on
 * top ({@link #resume}), which gives what folding them all from the start gives.
 */
public final class InspectionFold {

    public static final String RULE_ALREADY_STARTED = "INSPECTION_ALREADY_STARTED";
    public static final String RULE_ALREADY_SIGNED = "INSPECTION_ALREADY_SIGNED";
    public static final String RULE_UNKNOWN_ROOM = "ROOM_NOT_IN_INSPECTION";

    private final FoldContext ctx;
    private final Operation start;
    private final Operation signedOp;
    private final Set<UUID> covered;
    private final Set<String> rooms;
    private Map<String, ItemEntry> items = new TreeMap<>();
    private Map<MeterType, MeterEntry> meters = new EnumMap<>(MeterType.class);
    private Map<KeyType, Integer> keys = new EnumMap<>(KeyType.class);
    private List<UUID> outside = new ArrayList<>();
    private SignOff signOff;
    private InspectionState state;

    private InspectionFold(List<Operation> ops, FoldContext ctx) {
        this.ctx = ctx;
        this.start = ctx.creation(ops, OperationType.INSPECTION_STARTED);
        this.signedOp = ops.stream().filter(o -> o.type() == OperationType.INSPECTION_SIGNED).findFirst()
                .orElse(null);
        this.covered = signedOp == null ? null
                : new HashSet<>(((InspectionOps.Signed) signedOp.payload()).coveredOperations());
        this.rooms = start == null ? Set.of() : new HashSet<>(((InspectionOps.Started) start.payload()).rooms());
    }

    /** @param ops this inspection's operations in fold order; the state is null when its start is not held */
    public static InspectionState fold(List<Operation> ops, FoldContext ctx) {
        return open(ops, ctx).state();
    }

    /** Folds {@code ops} (this inspection's, in fold order) and keeps the fold open for later findings. */
    public static InspectionFold open(List<Operation> ops, FoldContext ctx) {
        InspectionFold fold = new InspectionFold(ops, ctx);
        if (fold.start != null) {
            fold.foldEach(ops);
        }
        return fold;
    }

    /**
     * Folds findings that come after every operation folded so far, in fold order, on top of this fold. Refuses
     * (and changes nothing) when the start is not held or {@code later} holds a start or a sign-off: a sign-off
     * changes which of the earlier findings count, so those need the whole inspection folded again.
     */
    public boolean resume(List<Operation> later) {
        if (start == null || later.stream().anyMatch(op -> op.type() == OperationType.INSPECTION_STARTED
                || op.type() == OperationType.INSPECTION_SIGNED)) {
            return false;
        }
        // The state made before keeps its maps: it may be read while this one is made.
        items = new TreeMap<>(items);
        meters = new EnumMap<>(meters);
        keys = new EnumMap<>(keys);
        outside = new ArrayList<>(outside);
        foldEach(later);
        return true;
    }

    /** The inspection as folded so far; null while its start is not held. */
    public InspectionState state() {
        return state;
    }

    public FoldContext context() {
        return ctx;
    }

    private void foldEach(List<Operation> ops) {
        for (Operation op : ops) {
            if (op == start) {
                ctx.write(op);
                continue;
            }
            switch (op.type()) {
                case INSPECTION_STARTED -> ctx.reject(op, RULE_ALREADY_STARTED);
                case INSPECTION_SIGNED -> {
                    if (op == signedOp) {
                        ctx.write(op);
                        signOff = signOff(op);
                    } else {
                        ctx.rejectWrite(op, RULE_ALREADY_SIGNED);
                    }
                }
                default -> {
                    if (covered != null && !covered.contains(op.id())) {
                        ctx.outcome(op, OpOutcome.OUTSIDE_SIGNED_RECORD);
                        outside.add(op.id());
                    } else {
                        applyFinding(op);
                    }
                }
            }
        }
        Collections.sort(outside);
        var started = (InspectionOps.Started) start.payload();
        state = new InspectionState(start.entity(), started.unitId(), started.kind(), started.templateCode(),
                started.templateVersion(), started.rooms(), started.defectsToRecheck(), start.actor(), start.hlc(),
                Collections.unmodifiableMap(items), Collections.unmodifiableMap(meters),
                Collections.unmodifiableMap(keys), signOff, List.copyOf(outside));
    }

    private static SignOff signOff(Operation op) {
        var s = (InspectionOps.Signed) op.payload();
        return new SignOff(op.id(), s.decision(), s.signatures(), s.coveredOperations().stream().sorted().toList(),
                s.contentHash(), op.hlc(), op.actor(), op.device());
    }

    private void applyFinding(Operation op) {
        if (op.payload() instanceof InspectionOps.ItemRecorded r) {
            if (!rooms.contains(r.room())) {
                ctx.reject(op, RULE_UNKNOWN_ROOM);
                return;
            }
            ctx.write(op);
            items.put(ItemEntry.sharedKey(r.room(), r.itemCode()),
                    new ItemEntry(r.room(), r.itemCode(), r.result(), r.measuredValue(), r.note(), op.id(), op.actor()));
        } else if (op.payload() instanceof InspectionOps.MeterRead m) {
            ctx.write(op);
            meters.put(m.meter(), new MeterEntry(m.reading(), m.photo(), op.id()));
        } else if (op.payload() instanceof InspectionOps.KeysCounted k) {
            ctx.write(op);
            keys.put(k.keyType(), k.count());
        } else {
            throw new IllegalStateException("not an inspection finding: " + op.type());
        }
    }
}
