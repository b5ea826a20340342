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
 */
public final class InspectionFold {

    public static final String RULE_ALREADY_STARTED = "INSPECTION_ALREADY_STARTED";
    public static final String RULE_ALREADY_SIGNED = "INSPECTION_ALREADY_SIGNED";
    public static final String RULE_UNKNOWN_ROOM = "ROOM_NOT_IN_INSPECTION";

    private InspectionFold() {
    }

    /** @param ops this inspection's operations in clock order; returns null when its start is not held */
    public static InspectionState fold(List<Operation> ops, FoldContext ctx) {
        Operation start = ctx.creation(ops, OperationType.INSPECTION_STARTED);
        if (start == null) {
            return null;
        }
        Operation signedOp = ops.stream().filter(o -> o.type() == OperationType.INSPECTION_SIGNED).findFirst().orElse(null);
        Set<UUID> covered = signedOp == null ? null
                : new HashSet<>(((InspectionOps.Signed) signedOp.payload()).coveredOperations());

        var started = (InspectionOps.Started) start.payload();
        Set<String> rooms = new HashSet<>(started.rooms());
        Map<String, ItemEntry> items = new TreeMap<>();
        Map<MeterType, MeterEntry> meters = new EnumMap<>(MeterType.class);
        Map<KeyType, Integer> keys = new EnumMap<>(KeyType.class);
        List<UUID> outside = new ArrayList<>();
        SignOff signOff = null;

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
                        applyFinding(op, rooms, items, meters, keys, ctx);
                    }
                }
            }
        }
        Collections.sort(outside);
        return new InspectionState(start.entity(), started.unitId(), started.kind(), started.templateCode(),
                started.templateVersion(), started.rooms(), started.defectsToRecheck(), start.actor(), start.hlc(),
                Collections.unmodifiableMap(items), Collections.unmodifiableMap(meters),
                Collections.unmodifiableMap(keys), signOff, List.copyOf(outside));
    }

    private static SignOff signOff(Operation op) {
        var s = (InspectionOps.Signed) op.payload();
        return new SignOff(op.id(), s.decision(), s.signatures(), s.coveredOperations().stream().sorted().toList(),
                s.contentHash(), op.hlc(), op.actor(), op.device());
    }

    private static void applyFinding(Operation op, Set<String> rooms, Map<String, ItemEntry> items,
                                     Map<MeterType, MeterEntry> meters, Map<KeyType, Integer> keys, FoldContext ctx) {
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
