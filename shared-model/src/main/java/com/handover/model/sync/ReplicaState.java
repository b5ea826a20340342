package com.handover.model.sync;

import com.handover.model.sync.fold.ComplaintFold;
import com.handover.model.sync.fold.DefectFold;
import com.handover.model.sync.fold.FoldContext;
import com.handover.model.sync.fold.InspectionFold;
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

/**
 * One replica's operations and the state the reducer folds from them. Adding operations re-folds only the
 * records they touch (and the defects of an inspection whose sign-off changed), so the result equals a fold
 * of the whole set. Not thread-safe: one owner applies operations; readers get immutable records.
 */
public final class ReplicaState {

    /** Records re-folded at once from which the folds run on every core. */
    static final int PARALLEL_REFOLD_FROM = 512;

    private final Map<UUID, Operation> operations = new HashMap<>();
    private final Map<EntityKey, List<Operation>> byEntity = new HashMap<>();
    private final Map<UUID, Set<UUID>> defectsByInspection = new HashMap<>();
    private final Map<UUID, InspectionState> inspections = new HashMap<>();
    private final Map<UUID, DefectState> defects = new HashMap<>();
    private final Map<UUID, WorkOrderState> workOrders = new HashMap<>();
    private final Map<UUID, ComplaintState> complaints = new HashMap<>();
    private final Map<EntityKey, List<Conflict>> conflicts = new HashMap<>();
    private final Map<EntityKey, Map<UUID, OpOutcome>> outcomes = new HashMap<>();

    ReplicaState() {
    }

    /** Adds operations (duplicates are ignored) and re-folds the records they touch; returns those records. */
    Set<EntityKey> apply(Collection<Operation> ops) {
        Set<EntityKey> touched = new TreeSet<>();
        for (Operation op : ops) {
            if (add(op)) {
                touched.add(EntityKey.of(op));
            }
        }
        Set<EntityKey> refold = new TreeSet<>(touched);
        for (EntityKey key : touched) {
            if (key.kind() == EntityKind.INSPECTION) {
                defectsByInspection.getOrDefault(key.id(), Set.of())
                        .forEach(d -> refold.add(new EntityKey(EntityKind.DEFECT, d)));
            }
        }
        // Inspections first: a defect's fold reads its inspection's sign-off. TreeSet order is kind order.
        if (refold.size() < PARALLEL_REFOLD_FROM) {
            refold.forEach(key -> store(fold(key)));
        } else {
            refoldInParallel(refold);
        }
        return Collections.unmodifiableSet(refold);
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

    /** One record folded from its operations, not yet stored. */
    private record Folded(EntityKey key, Object state, List<Conflict> conflicts, Map<UUID, OpOutcome> outcomes) {
    }

    /** Folds one record; reads this state (its operations, an inspection's sign-off) and changes nothing. */
    private Folded fold(EntityKey key) {
        List<Operation> ops = FoldOrder.of(byEntity.getOrDefault(key, List.of()));
        FoldContext ctx = new FoldContext();
        Object state = switch (key.kind()) {
            case INSPECTION -> InspectionFold.fold(ops, ctx);
            case DEFECT -> DefectFold.fold(ops, this::coveredBySignOff, ctx);
            case WORK_ORDER -> WorkOrderFold.fold(ops, ctx);
            case COMPLAINT -> ComplaintFold.fold(ops, ctx);
        };
        return new Folded(key, state, List.copyOf(ctx.conflicts()), Map.copyOf(ctx.outcomes()));
    }

    private void store(Folded f) {
        UUID id = f.key().id();
        switch (f.key().kind()) {
            case INSPECTION -> put(inspections, id, (InspectionState) f.state());
            case DEFECT -> put(defects, id, (DefectState) f.state());
            case WORK_ORDER -> put(workOrders, id, (WorkOrderState) f.state());
            case COMPLAINT -> put(complaints, id, (ComplaintState) f.state());
        }
        conflicts.put(f.key(), f.conflicts());
        outcomes.put(f.key(), f.outcomes());
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
        return operations.size();
    }

    public Optional<Operation> operation(UUID id) {
        return Optional.ofNullable(operations.get(id));
    }

    public Collection<Operation> operations() {
        return Collections.unmodifiableCollection(operations.values());
    }

    /** The record's operations in clock order. */
    public List<Operation> operationsOf(EntityKind kind, UUID id) {
        return Collections.unmodifiableList(byEntity.getOrDefault(new EntityKey(kind, id), List.of()));
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
        Operation op = operations.get(operationId);
        if (op == null) {
            return null;
        }
        return outcomes.getOrDefault(EntityKey.of(op), Map.of()).get(operationId);
    }

    /**
     * The operation whose value is in effect on one field of a record: what a device names as {@code prev}
     * when it writes that field next.
     */
    public Optional<Operation> inEffect(EntityKind kind, UUID id, String field) {
        Map<UUID, OpOutcome> recordOutcomes = outcomes.getOrDefault(new EntityKey(kind, id), Map.of());
        List<Operation> ops = byEntity.getOrDefault(new EntityKey(kind, id), List.of());
        for (int i = ops.size() - 1; i >= 0; i--) {
            Operation op = ops.get(i);
            if (field.equals(op.field()) && recordOutcomes.get(op.id()) == OpOutcome.APPLIED) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    public ReplicaSnapshot snapshot() {
        Map<UUID, OpOutcome> allOutcomes = new TreeMap<>();
        outcomes.values().forEach(allOutcomes::putAll);
        return new ReplicaSnapshot(new TreeMap<>(inspections), new TreeMap<>(defects), new TreeMap<>(workOrders),
                new TreeMap<>(complaints), conflicts(), allOutcomes);
    }
}
