package com.handover.server.sync;

import com.handover.model.sync.ReplicaState;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The folded state of recently written units, in memory, each with the last log position it includes. The state
 * folder folds only a push's new operations onto a unit found here, instead of re-reading the unit's whole
 * history. An entry is taken out while a transaction works on it and put back only after that transaction
 * committed, so a rolled back fold never leaves a state here that the state tables do not have. Bounded by the operations held (least recently
 * used units go first).
 */
final class UnitFolds {

    /** Operations held across all cached units; about 0.5 KB each in memory. */
    static final int MAX_OPERATIONS = 200_000;

    record Fold(ReplicaState state, long throughPosition) {
    }

    private final Map<UUID, Fold> folds = new LinkedHashMap<>(256, 0.75f, true);
    private final int maxOperations;
    private long held;

    UnitFolds(int maxOperations) {
        this.maxOperations = maxOperations;
    }

    /** Removes and returns the unit's fold, or null. */
    synchronized Fold take(UUID unitId) {
        Fold fold = folds.remove(unitId);
        if (fold != null) {
            held -= fold.state().operationCount();
        }
        return fold;
    }

    /** Keeps a fold that a committed transaction wrote. */
    synchronized void put(UUID unitId, Fold fold) {
        Fold old = folds.put(unitId, fold);
        if (old != null) {
            held -= old.state().operationCount();
        }
        held += fold.state().operationCount();
        Iterator<Map.Entry<UUID, Fold>> eldest = folds.entrySet().iterator();
        while (held > maxOperations && eldest.hasNext()) {
            Map.Entry<UUID, Fold> e = eldest.next();
            held -= e.getValue().state().operationCount();
            eldest.remove();
        }
    }

    synchronized int units() {
        return folds.size();
    }
}
