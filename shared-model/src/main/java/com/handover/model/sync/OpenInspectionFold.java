package com.handover.model.sync;

import com.handover.model.sync.fold.FoldContext;
import com.handover.model.sync.fold.InspectionFold;
import com.handover.model.sync.state.InspectionState;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * An inspection's fold that a replica keeps open, so that findings synced later are folded on top of it instead of
 * folding the inspection's whole history again (an inspection holds a result for each of its hundreds of items; a
 * sync brings a few). Folding on top gives what folding everything gives only while the new operations would come
 * last in the inspection's fold order: each is later in clock order than every operation folded, and none is one
 * that a folded write saw ({@code prev}) before this replica held it, which {@link FoldOrder} would move ahead of
 * that write. Anything else (and a sign-off, see {@link InspectionFold#resume}) folds the inspection again whole.
 */
final class OpenInspectionFold {

    private final EntityKey key;
    private final InspectionFold fold;
    /**
     * False once {@link FoldOrder} moved an operation: the fold order is then not plain clock order, and whether
     * later operations still come last would rest on how it breaks ties, so such an inspection folds whole.
     */
    private final boolean resumable;
    private Operation latest;
    /** Operations that folded writes saw and this replica does not hold: one of them arriving changes the order. */
    private final Set<UUID> unheldPrevs = new HashSet<>();

    private OpenInspectionFold(EntityKey key, InspectionFold fold, boolean resumable, Operation latest) {
        this.key = key;
        this.fold = fold;
        this.resumable = resumable;
        this.latest = latest;
    }

    /**
     * Folds the inspection's operations and keeps the fold open.
     *
     * @param clockOrder the inspection's operations in clock order
     * @param held       whether this replica holds an operation of the inspection with that id
     */
    static OpenInspectionFold fold(EntityKey key, List<Operation> clockOrder, Predicate<UUID> held) {
        List<Operation> foldOrder = FoldOrder.of(clockOrder);
        OpenInspectionFold open = new OpenInspectionFold(key, InspectionFold.open(foldOrder, new FoldContext()),
                foldOrder == clockOrder, clockOrder.isEmpty() ? null : clockOrder.get(clockOrder.size() - 1));
        open.notePrevs(clockOrder, held);
        return open;
    }

    /**
     * Folds {@code later} (operations new to this replica, in clock order) on top, or refuses and changes nothing
     * when they would not come last in the fold order.
     */
    boolean resume(List<Operation> later, Predicate<UUID> held) {
        if (!resumable || latest == null || later.isEmpty()
                || Operation.CLOCK_ORDER.compare(later.get(0), latest) <= 0
                || later.stream().anyMatch(op -> unheldPrevs.contains(op.id()))
                || FoldOrder.of(later) != later
                || !fold.resume(later)) {
            return false;
        }
        latest = later.get(later.size() - 1);
        notePrevs(later, held);
        return true;
    }

    EntityKey key() {
        return key;
    }

    InspectionState state() {
        return fold.state();
    }

    List<Conflict> conflicts() {
        return List.copyOf(fold.context().conflicts());
    }

    /**
     * Each folded operation's outcome, as a view that changes as this fold goes on: copying them all for every few
     * new findings would make folding on cost what the inspection's history costs.
     */
    Map<UUID, OpOutcome> outcomes() {
        return Collections.unmodifiableMap(fold.context().outcomes());
    }

    private void notePrevs(List<Operation> ops, Predicate<UUID> held) {
        for (Operation op : ops) {
            if (op.prev() != null && !held.test(op.prev())) {
                unheldPrevs.add(op.prev());
            }
        }
    }
}
