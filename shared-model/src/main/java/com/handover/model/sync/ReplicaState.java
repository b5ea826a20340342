package com.handover.model.sync;

import com.handover.model.sync.fold.ComplaintFold;
import com.handover.model.sync.fold.DefectFold;
import com.handover.model.sync.fold.FoldContext;
import com.handover.model.sync.fold.WorkOrderFold;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.WorkOrderState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * One replica's operations and the state the reducer folds from them. Adding operations re-folds only the
 * records they touch (and the defects of an inspection folded again whole, whose sign-off may have changed), so
 * the result equals a fold of the whole set. A state restored from stored folds ({@link Reducer#restore}) holds
 * no operations at first: it reads a record's operations from its {@link OperationSource} when that record is
 * folded again or its history is asked for. Not thread-safe, reads included (a read may load a record's
 * operations): one owner applies operations and reads; the records handed out are immutable.
 */
public final class ReplicaState {

    /** Records re-folded at once from which the folds run on every core. */
    static final int PARALLEL_REFOLD_FROM = 512;

    /**
     * The version of the folds' rules. A stored fold taken under another version is folded again from the log,
     * so raise this with every change to what a fold makes of its operations ({@code FoldVersionTest} fails until
     * it is raised).
     */
    public static final int FOLD_VERSION = 1;

    private final Map<UUID, Operation> operations = new HashMap<>();
    private final Map<EntityKey, List<Operation>> byEntity = new HashMap<>();
    private final Map<UUID, Set<UUID>> defectsByInspection = new HashMap<>();
    private final Map<UUID, InspectionState> inspections = new HashMap<>();
    private final Map<UUID, DefectState> defects = new HashMap<>();
    private final Map<UUID, WorkOrderState> workOrders = new HashMap<>();
    private final Map<UUID, ComplaintState> complaints = new HashMap<>();
    private final Map<EntityKey, List<Conflict>> conflicts = new HashMap<>();
    private final Map<EntityKey, Map<UUID, OpOutcome>> outcomes = new HashMap<>();
    private final Map<EntityKey, OpenInspectionFold> openInspections = new HashMap<>();
    /** Null when every operation is in memory; otherwise where the records' operations are read from. */
    private final OperationSource source;
    private final Set<EntityKey> loadedFromSource = new HashSet<>();
    /** Restored records whose outcomes are not stored: folded again from their operations when asked for. */
    private final Set<EntityKey> outcomesToFold = new HashSet<>();
    private int operationsFromSource;
    private int sourceCount = -1;

    ReplicaState() {
        this.source = null;
    }

    private ReplicaState(OperationSource source) {
        this.source = source;
    }

    /**
     * A state made of stored folds, whose operations stay in {@code source} until a record needs them. The records'
     * outcomes are not taken from them: a record's are folded again from its operations when first asked for.
     */
    static ReplicaState restore(Collection<FoldedRecord> records, OperationSource source) {
        ReplicaState state = new ReplicaState(source);
        for (FoldedRecord r : records) {
            state.store(Refolded.of(r));
            state.outcomesToFold.add(r.key());
            if (r.state() instanceof DefectState d && d.inspectionId() != null) {
                state.defectsByInspection.computeIfAbsent(d.inspectionId(), k -> new HashSet<>()).add(d.id());
            }
        }
        return state;
    }

    /**
     * Adds operations (duplicates are ignored) and re-folds the records they touch; returns those records. An
     * inspection whose new findings come after everything it held is folded on from where it was (see
     * {@link OpenInspectionFold}); its sign-off is then unchanged, so its defects need no new fold either.
     */
    Set<EntityKey> apply(Collection<Operation> ops) {
        Map<EntityKey, List<Operation>> added = new HashMap<>();
        for (Operation op : ops) {
            EntityKey key = EntityKey.of(op);
            load(key);
            if (add(op)) {
                added.computeIfAbsent(key, k -> new ArrayList<>()).add(op);
            }
        }
        Set<EntityKey> resumed = new TreeSet<>();
        Set<EntityKey> refold = new TreeSet<>();
        added.forEach((key, fresh) -> {
            if (resumed(key, fresh)) {
                resumed.add(key);
            } else {
                refold.add(key);
                if (key.kind() == EntityKind.INSPECTION) {
                    defectsByInspection.getOrDefault(key.id(), Set.of())
                            .forEach(d -> refold.add(new EntityKey(EntityKind.DEFECT, d)));
                }
            }
        });
        refold.forEach(this::load);
        // Inspections first: a defect's fold reads its inspection's sign-off. TreeSet order is kind order.
        if (refold.size() < PARALLEL_REFOLD_FROM) {
            refold.forEach(key -> store(fold(key)));
        } else {
            refoldInParallel(refold);
        }
        resumed.addAll(refold);
        return Collections.unmodifiableSet(resumed);
    }

    /** Folds an inspection's new operations on top of its open fold, when that gives the same as a whole fold. */
    private boolean resumed(EntityKey key, List<Operation> fresh) {
        OpenInspectionFold open = key.kind() == EntityKind.INSPECTION ? openInspections.get(key) : null;
        if (open == null) {
            return false;
        }
        fresh.sort(Operation.CLOCK_ORDER);
        if (!open.resume(fresh, heldIn(key))) {
            return false;
        }
        store(Refolded.of(open));
        return true;
    }

    /**
     * Many records at once (opening the app, a first sync): each record's fold reads only its own operations and,
     * for a defect, its inspection's stored sign-off, so the inspections are folded side by side first, then the
     * rest. The folds are stored one by one afterwards, so the result is the same as folding in order.
     */
    private void refoldInParallel(Set<EntityKey> keys) {
        List<EntityKey> inspectionKeys = new ArrayList<>();
        List<EntityKey> others = new ArrayList<>();
        keys.forEach(k -> (k.kind() == EntityKind.INSPECTION ? inspectionKeys : others).add(k));
        inspectionKeys.parallelStream().map(this::fold).toList().forEach(this::store);
        others.parallelStream().map(this::fold).toList().forEach(this::store);
    }

    private boolean add(Operation op) {
        Operation existing = operations.get(op.id());
        if (existing != null) {
            if (existing.equals(op) || existing.toString().compareTo(op.toString()) <= 0) {
                return false;
            }
            // Two different operations under one id: keep the same one on every replica.
            byEntity.get(EntityKey.of(existing)).remove(existing);
            openInspections.remove(EntityKey.of(existing));
        }
        operations.put(op.id(), op);
        List<Operation> list = byEntity.computeIfAbsent(EntityKey.of(op), k -> new ArrayList<>());
        int at = Collections.binarySearch(list, op, Operation.CLOCK_ORDER);
        list.add(at < 0 ? -at - 1 : at, op);
        if (op.payload() instanceof DefectOps.Opened o && o.inspectionId() != null) {
            defectsByInspection.computeIfAbsent(o.inspectionId(), k -> new HashSet<>()).add(op.entity());
        }
        return true;
    }

    /** Reads a record's operations from the source, once, before anything reads or adds to them. */
    private void load(EntityKey key) {
        if (source == null || !loadedFromSource.add(key)) {
            return;
        }
        for (Operation op : source.ofRecord(key)) {
            if (add(op)) {
                operationsFromSource++;
            }
        }
    }

    /**
     * A record as folded and, for an inspection, its fold kept open for later findings. An open fold's outcomes are
     * a view of the ones it keeps adding to, so they are held once.
     */
    private record Refolded(EntityKey key, Object state, List<Conflict> conflicts, Map<UUID, OpOutcome> outcomes,
                            OpenInspectionFold open) {

        static Refolded of(FoldedRecord r) {
            return new Refolded(r.key(), r.state(), r.conflicts(), r.outcomes(), null);
        }

        static Refolded of(OpenInspectionFold open) {
            return new Refolded(open.key(), open.state(), open.conflicts(), open.outcomes(), open);
        }
    }

    /** Folds one record; reads this state (its operations, an inspection's sign-off) and changes nothing. */
    private Refolded fold(EntityKey key) {
        List<Operation> held = byEntity.getOrDefault(key, List.of());
        if (key.kind() == EntityKind.INSPECTION) {
            return Refolded.of(OpenInspectionFold.fold(key, held, heldIn(key)));
        }
        List<Operation> ops = FoldOrder.of(held);
        FoldContext ctx = new FoldContext();
        Object state = switch (key.kind()) {
            case DEFECT -> DefectFold.fold(ops, this::coveredBySignOff, ctx);
            case WORK_ORDER -> WorkOrderFold.fold(ops, ctx);
            case COMPLAINT -> ComplaintFold.fold(ops, ctx);
            default -> throw new IllegalArgumentException(key.kind() + " is not folded here");
        };
        return Refolded.of(new FoldedRecord(key, state, ctx.conflicts(), ctx.outcomes()));
    }

    /** Whether this state holds an operation of the record with that id. */
    private Predicate<UUID> heldIn(EntityKey key) {
        return id -> {
            Operation op = operations.get(id);
            return op != null && op.entityKind() == key.kind() && op.entity().equals(key.id());
        };
    }

    private void store(Refolded f) {
        UUID id = f.key().id();
        switch (f.key().kind()) {
            case INSPECTION -> put(inspections, id, (InspectionState) f.state());
            case DEFECT -> put(defects, id, (DefectState) f.state());
            case WORK_ORDER -> put(workOrders, id, (WorkOrderState) f.state());
            case COMPLAINT -> put(complaints, id, (ComplaintState) f.state());
        }
        if (f.open() != null) {
            openInspections.put(f.key(), f.open());
        }
        conflicts.put(f.key(), f.conflicts());
        outcomes.put(f.key(), f.outcomes());
        outcomesToFold.remove(f.key());
    }

    private Map<UUID, OpOutcome> outcomesOf(EntityKey key) {
        if (outcomesToFold.remove(key)) {
            load(key);
            outcomes.put(key, fold(key).outcomes());
        }
        return outcomes.getOrDefault(key, Map.of());
    }

    private static <T> void put(Map<UUID, T> map, UUID id, T state) {
        if (state == null) {
            map.remove(id);
        } else {
            map.put(id, state);
        }
    }

    private Set<UUID> coveredBySignOff(UUID inspectionId) {
        InspectionState inspection = inspections.get(inspectionId);
        if (inspection == null || inspection.signOff() == null) {
            return null;
        }
        return new HashSet<>(inspection.signOff().coveredOperations());
    }

    public int operationCount() {
        if (source == null) {
            return operations.size();
        }
        if (sourceCount < 0) {
            sourceCount = source.count();
        }
        return sourceCount + operations.size() - operationsFromSource;
    }

    /** How many operations this state holds in memory; a restored state reads the others when it needs them. */
    public int operationsHeld() {
        return operations.size();
    }

    public Optional<Operation> operation(UUID id) {
        Operation op = operations.get(id);
        return op != null || source == null ? Optional.ofNullable(op) : source.byId(id);
    }

    /** Every operation; a restored state reads all of them from its source first. */
    public Collection<Operation> operations() {
        if (source != null) {
            Map<EntityKey, List<Operation>> unread = new HashMap<>();
            for (Operation op : source.all()) {
                EntityKey key = EntityKey.of(op);
                if (!loadedFromSource.contains(key)) {
                    unread.computeIfAbsent(key, k -> new ArrayList<>()).add(op);
                }
            }
            unread.forEach((key, ops) -> {
                loadedFromSource.add(key);
                ops.forEach(op -> operationsFromSource += add(op) ? 1 : 0);
            });
        }
        return Collections.unmodifiableCollection(operations.values());
    }

    /** The record's operations in clock order. */
    public List<Operation> operationsOf(EntityKind kind, UUID id) {
        EntityKey key = new EntityKey(kind, id);
        load(key);
        return Collections.unmodifiableList(byEntity.getOrDefault(key, List.of()));
    }

    /** The record as folded now, with its outcomes; null state when the record is not (or no longer) held. */
    public FoldedRecord folded(EntityKey key) {
        return new FoldedRecord(key, stateOf(key), conflicts.getOrDefault(key, List.of()), outcomesOf(key));
    }

    /**
     * The record as a device stores it: as {@link #folded}, without the outcomes, which are not stored (a restored
     * state folds them again when asked for), so they are neither folded nor copied for it.
     */
    public FoldedRecord storable(EntityKey key) {
        return new FoldedRecord(key, stateOf(key), conflicts.getOrDefault(key, List.of()), Map.of());
    }

    private Object stateOf(EntityKey key) {
        return switch (key.kind()) {
            case INSPECTION -> inspections.get(key.id());
            case DEFECT -> defects.get(key.id());
            case WORK_ORDER -> workOrders.get(key.id());
            case COMPLAINT -> complaints.get(key.id());
        };
    }

    public Map<UUID, InspectionState> inspections() {
        return Collections.unmodifiableMap(inspections);
    }

    public Map<UUID, DefectState> defects() {
        return Collections.unmodifiableMap(defects);
    }

    public Map<UUID, WorkOrderState> workOrders() {
        return Collections.unmodifiableMap(workOrders);
    }

    public Map<UUID, ComplaintState> complaints() {
        return Collections.unmodifiableMap(complaints);
    }

    public List<Conflict> conflictsOf(EntityKind kind, UUID id) {
        return conflicts.getOrDefault(new EntityKey(kind, id), List.of());
    }

    public List<Conflict> conflicts() {
        List<Conflict> all = new ArrayList<>();
        conflicts.values().forEach(all::addAll);
        all.sort(Conflict.ORDER);
        return all;
    }

    public OpOutcome outcome(UUID operationId) {
        return operation(operationId)
                .map(op -> outcomesOf(EntityKey.of(op)).get(operationId))
                .orElse(null);
    }

    /**
     * The operation whose value is in effect on one field of a record: what a device names as {@code prev}
     * when it writes that field next.
     */
    public Optional<Operation> inEffect(EntityKind kind, UUID id, String field) {
        Map<UUID, OpOutcome> recordOutcomes = outcomesOf(new EntityKey(kind, id));
        List<Operation> ops = operationsOf(kind, id);
        for (int i = ops.size() - 1; i >= 0; i--) {
            Operation op = ops.get(i);
            if (field.equals(op.field()) && OpOutcome.APPLIED.equals(recordOutcomes.get(op.id()))) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    public ReplicaSnapshot snapshot() {
        List.copyOf(outcomesToFold).forEach(this::outcomesOf);
        Map<UUID, OpOutcome> allOutcomes = new TreeMap<>();
        outcomes.values().forEach(allOutcomes::putAll);
        return new ReplicaSnapshot(new TreeMap<>(inspections), new TreeMap<>(defects), new TreeMap<>(workOrders),
                new TreeMap<>(complaints), conflicts(), allOutcomes);
    }
}
