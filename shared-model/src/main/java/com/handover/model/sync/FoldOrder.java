package com.handover.model.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * The order a record's operations are folded in: clock order, except that a write always comes after the write
 * it saw ({@code prev}, on the same field). A device whose clock runs far ahead stamps its writes in the future;
 * in plain clock order such a write would outrank every later write to the field, also those made by people
 * who saw it. Taking "who saw it comes after it" first means a write made after seeing a future-stamped one
 * replaces it; only writes made without seeing it (concurrent ones, recorded as conflicts) are still ordered by
 * clock. The order depends only on the set of operations, so every replica folds the same.
 */
public final class FoldOrder {

    private FoldOrder() {
    }

    /**
     * {@code ops} (one record's, in clock order) reordered so that no write precedes the write it saw; {@code ops}
     * itself when no write saw a later one.
     */
    public static List<Operation> of(List<Operation> ops) {
        Map<UUID, Operation> byId = new HashMap<>();
        ops.forEach(op -> byId.put(op.id(), op));
        Map<UUID, List<Operation>> seenBy = new HashMap<>();
        Set<UUID> waiting = new HashSet<>();
        boolean reordered = false;
        for (Operation op : ops) {
            Operation saw = op.prev() == null ? null : byId.get(op.prev());
            if (saw != null && saw != op && !op.type().creates() && op.field() != null
                    && op.field().equals(saw.field())) {
                seenBy.computeIfAbsent(saw.id(), k -> new ArrayList<>()).add(op);
                waiting.add(op.id());
                reordered |= Operation.CLOCK_ORDER.compare(saw, op) > 0;
            }
        }
        return reordered ? topological(ops, seenBy, waiting) : ops;
    }

    /** Kahn's algorithm, taking the earliest ready operation in clock order; a cycle is broken in clock order. */
    private static List<Operation> topological(List<Operation> ops, Map<UUID, List<Operation>> seenBy,
                                               Set<UUID> waiting) {
        PriorityQueue<Operation> ready = new PriorityQueue<>(Operation.CLOCK_ORDER);
        PriorityQueue<Operation> blocked = new PriorityQueue<>(Operation.CLOCK_ORDER);
        for (Operation op : ops) {
            (waiting.contains(op.id()) ? blocked : ready).add(op);
        }
        Set<UUID> placed = new HashSet<>();
        List<Operation> out = new ArrayList<>(ops.size());
        while (out.size() < ops.size()) {
            Operation next = ready.isEmpty() ? blocked.poll() : ready.poll();
            if (!placed.add(next.id())) {
                continue;
            }
            out.add(next);
            for (Operation after : seenBy.getOrDefault(next.id(), List.of())) {
                if (!placed.contains(after.id()) && blocked.remove(after)) {
                    ready.add(after);
                }
            }
        }
        return out;
    }
}
