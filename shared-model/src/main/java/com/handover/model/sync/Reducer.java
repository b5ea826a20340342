package com.handover.model.sync;

import java.util.Collection;
import java.util.Set;

/**
 * The one deterministic reducer every replica runs: the same set of operations gives the same state, whatever
 * order they arrive in and however often each arrives.
 */
public final class Reducer {

    private Reducer() {
    }

    public static ReplicaState reduce(Collection<Operation> ops) {
        ReplicaState state = new ReplicaState();
        state.apply(ops);
        return state;
    }

    /**
     * The state made of stored folds: the same state {@link #reduce} gives for the operations {@code source}
     * holds, when each record was folded from exactly those operations under this {@link ReplicaState#FOLD_VERSION}.
     */
    public static ReplicaState restore(Collection<FoldedRecord> records, OperationSource source) {
        return ReplicaState.restore(records, source);
    }

    /** Adds operations to a replica's state in place; returns the records that were re-folded. */
    public static Set<EntityKey> apply(ReplicaState state, Collection<Operation> ops) {
        return state.apply(ops);
    }
}
