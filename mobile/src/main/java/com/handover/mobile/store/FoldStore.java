package com.handover.mobile.store;

import com.handover.model.sync.FoldedRecord;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The replica's folded records as last stored, and the point of the operation log they cover: the app opens on
 * them and folds only what the log holds after that point.
 */
public interface FoldStore {

    /** Stored folds covering every operation of the log up to {@code position}, and no other. */
    record StoredFold(List<FoldedRecord> records, long position) {
    }

    /**
     * The stored folds, when there are any taken under the current fold rules and still valid (a refused own
     * operation makes them invalid); empty otherwise, and when they cannot be read.
     */
    Optional<StoredFold> load();

    /**
     * Stores records folded from the log up to {@code position}, in one transaction: the given records replace
     * their stored ones (all stored ones when {@code replaceAll}), and the position is moved to {@code position}.
     */
    void save(Collection<FoldedRecord> records, long position, boolean replaceAll);
}
