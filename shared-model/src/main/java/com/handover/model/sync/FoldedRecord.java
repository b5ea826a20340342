package com.handover.model.sync;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One record as the reducer folded it: its state (null while its creating operation is not held), the conflicts
 * on its fields and what each of its operations did. A device stores it (without the outcomes, which a restored
 * state folds again when asked for) so that it opens on state instead of folding its whole log again.
 */
public record FoldedRecord(EntityKey key, Object state, List<Conflict> conflicts, Map<UUID, OpOutcome> outcomes) {

    public FoldedRecord {
        conflicts = List.copyOf(conflicts);
        outcomes = Map.copyOf(outcomes);
    }
}
