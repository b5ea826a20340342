package com.handover.model.sync.fold;

import com.handover.model.sync.Conflict;
import com.handover.model.sync.OpOutcome;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What folding one record's operations produces besides the record itself: an outcome for each operation
 * and the conflicts found. Also tracks, per field, the operation in effect, to tell sequential writes
 * (the writer saw the value it replaced) from concurrent ones.
 */
public final class FoldContext {

    private final Map<UUID, OpOutcome> outcomes = new HashMap<>();
    private final List<Conflict> conflicts = new ArrayList<>();
    private final Map<String, Operation> inEffect = new HashMap<>();

    /**
     * The operation that created the record (the first in clock order), or null when this replica does not hold
     * it yet; then every operation of the record waits for it.
     */
    public Operation creation(List<Operation> ops, OperationType type) {
        for (Operation op : ops) {
            if (op.type() == type) {
                return op;
            }
        }
        ops.forEach(o -> outcome(o, OpOutcome.AWAITING_RECORD));
        return null;
    }

    public void outcome(Operation op, OpOutcome outcome) {
        outcomes.put(op.id(), outcome);
    }

    /**
     * Records that {@code op} writes its field: marks the previous writer superseded, and records a conflict
     * when {@code op} did not see it. Call only for writes that take effect.
     */
    public void write(Operation op) {
        String field = op.field();
        Operation previous = inEffect.put(field, op);
        if (previous != null) {
            if (!Objects.equals(op.prev(), previous.id())) {
                conflicts.add(new Conflict(op.entityKind(), op.entity(), field, op.id(), previous.id()));
            }
            outcomes.put(previous.id(), OpOutcome.SUPERSEDED);
        }
        outcomes.put(op.id(), OpOutcome.APPLIED);
    }

    /** True when {@code op} did not see the write in effect on its field. */
    public boolean isConcurrent(Operation op) {
        Operation current = inEffect.get(op.field());
        return current != null && !Objects.equals(op.prev(), current.id());
    }

    /** Records a conflict when {@code op} did not see the write in effect on its field; changes nothing else. */
    private boolean conflictIfConcurrent(Operation op) {
        if (isConcurrent(op)) {
            conflicts.add(new Conflict(op.entityKind(), op.entity(), op.field(), op.id(), inEffect.get(op.field()).id()));
            return true;
        }
        return false;
    }

    /** Refuses {@code op} by a rule; a refused concurrent write is still recorded as a conflict. */
    public void rejectWrite(Operation op, String rule) {
        conflictIfConcurrent(op);
        reject(op, rule);
    }

    public void reject(Operation op, String rule) {
        outcomes.put(op.id(), OpOutcome.rejected(rule));
    }

    public Operation inEffect(String field) {
        return inEffect.get(field);
    }

    public Map<UUID, OpOutcome> outcomes() {
        return outcomes;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
