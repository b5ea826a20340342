package com.handover.mobile.replica;

import com.handover.mobile.store.FoldStore;
import com.handover.mobile.store.OperationLog;
import com.handover.mobile.store.ReferenceData.TemplateRef;
import com.handover.mobile.store.RejectedOperation;
import com.handover.mobile.sync.ReplicaFeed;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.FoldedRecord;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.TimeOrderedIds;
import com.handover.model.sync.ops.Payload;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The device's state: the shared reducer's fold of its operation log, kept in memory and updated incrementally.
 * A user action becomes an operation that is stored (with its outbox row) before it is applied and shown.
 * The records folded are stored too ({@link FoldStore}), at the end of a sync round once the log has gained
 * {@value #FOLD_TAIL_LIMIT} operations past the folds last stored, so that the app opens on them and folds only what
 * the log gained since. Storing them after every round would encode and write again, whole, every record the round
 * touched (a team's inspections, as teammates answer their items).
 */
public final class Replica implements ReplicaFeed {

    /**
     * Operations the app may fold again on opening, past its stored folds, before a round stores them anew. With
     * 1,999 of them the app opened over a 147,800-operation replica in 0.10 s, as with none ({@code
     * FirstSyncBenchmark}).
     */
    public static final int FOLD_TAIL_LIMIT = 2_000;

    private final OperationLog log;
    private final FoldStore folds;
    private final int foldTailLimit;
    private final DeviceClock clock;
    private final Supplier<String> actor;
    private final List<Consumer<Set<EntityKey>>> listeners = new CopyOnWriteArrayList<>();
    private ReplicaState state;
    private boolean closed;
    /** Records folded since the folds were last stored. */
    private final Set<EntityKey> unsaved = new HashSet<>();
    /** The state was folded from the whole log: the next save replaces every stored record. */
    private boolean unsavedFromScratch;
    /** An own operation was refused and the state not yet folded again without it: nothing may be stored. */
    private boolean awaitingRefold;
    /** The log position the stored folds cover, or -1 when unknown: a round that changed nothing stores nothing. */
    private long storedPosition = -1;

    public Replica(OperationLog log, FoldStore folds, DeviceClock clock, Supplier<String> actor) {
        this(log, folds, clock, actor, FOLD_TAIL_LIMIT);
    }

    /** @param foldTailLimit operations logged past the stored folds before a round stores them anew */
    public Replica(OperationLog log, FoldStore folds, DeviceClock clock, Supplier<String> actor, int foldTailLimit) {
        if (foldTailLimit < 1) {
            throw new IllegalArgumentException("the fold tail limit must be 1 or more: " + foldTailLimit);
        }
        this.log = log;
        this.folds = folds;
        this.foldTailLimit = foldTailLimit;
        this.clock = clock;
        this.actor = actor;
        this.state = Reducer.reduce(List.of());
    }

    /**
     * Builds the state on opening: from the stored folds and the operations logged after them when there are
     * stored folds, otherwise by folding the whole log. Opening writes nothing: what it folded is stored at the end
     * of the next sync round, off the screens' way.
     */
    public void load() {
        Optional<FoldStore.StoredFold> stored = folds.load();
        if (stored.isEmpty()) {
            refold();
            return;
        }
        long position = stored.get().position();
        OperationLog.Tail tail = log.effectiveOperationsAfter(position);
        synchronized (this) {
            requireOpen();
            state = Reducer.restore(stored.get().records(), log.through(position));
            unsaved.clear();
            unsaved.addAll(Reducer.apply(state, tail.operations()));
            unsavedFromScratch = false;
            awaitingRefold = false;
            storedPosition = position;
        }
        fire(Set.of());
    }

    /** Folds the whole log again (after the server refused an own operation, or with no usable stored folds). */
    private void refold() {
        OperationLog.Tail all = log.effectiveOperationsAfter(0);
        synchronized (this) {
            requireOpen();
            state = Reducer.reduce(all.operations());
            unsaved.clear();
            all.operations().forEach(op -> unsaved.add(EntityKey.of(op)));
            unsavedFromScratch = true;
            awaitingRefold = false;
            storedPosition = -1;
        }
        fire(Set.of());
    }

    /** Reads the state under the replica's lock; the records handed out are immutable. */
    public synchronized <T> T read(Function<ReplicaState, T> reader) {
        return reader.apply(state);
    }

    /** One user action to record: what happened, to which entity, with what. */
    public record Action(OperationType type, UUID entity, Payload payload) {
    }

    /**
     * Records a user action: mints the operation, stores it durably with its outbox row, then folds it in.
     * When this returns the action is saved.
     */
    public Operation record(OperationType type, UUID entity, Payload payload) {
        return recordAll(List.of(new Action(type, entity, payload))).get(0);
    }

    /** Records actions that make one step together (such as sending a defect for 整改): all are saved, or none. */
    public List<Operation> recordAll(List<Action> actions) {
        List<Operation> ops = new ArrayList<>();
        Set<EntityKey> touched;
        synchronized (this) {
            requireOpen();
            Map<String, UUID> mintedPrev = new HashMap<>();
            for (Action a : actions) {
                String field = a.type().field(a.payload());
                String fieldKey = a.type().entityKind() + "/" + a.entity() + "/" + field;
                UUID prev = field == null ? null : mintedPrev.containsKey(fieldKey) ? mintedPrev.get(fieldKey)
                        : state.inEffect(a.type().entityKind(), a.entity(), field).map(Operation::id).orElse(null);
                Hlc at = clock.now();
                Operation op = new Operation(TimeOrderedIds.next(at.wallMillis()), a.type(), a.entity(), at,
                        actor.get(), clock.node(), prev, a.payload());
                if (field != null) {
                    mintedPrev.put(fieldKey, op.id());
                }
                ops.add(op);
            }
            log.appendLocal(ops);
            touched = Reducer.apply(state, ops);
            unsaved.addAll(touched);
        }
        fire(touched);
        return ops;
    }

    public List<RejectedOperation> rejectedOperations() {
        return log.rejected();
    }

    public void addListener(Consumer<Set<EntityKey>> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Set<EntityKey>> listener) {
        listeners.remove(listener);
    }

    @Override
    public void pulled(List<Operation> operations) {
        Set<EntityKey> touched;
        synchronized (this) {
            requireOpen();
            touched = Reducer.apply(state, operations);
            unsaved.addAll(touched);
        }
        fire(touched);
    }

    @Override
    public void rejected(Collection<UUID> operationIds) {
        synchronized (this) {
            awaitingRefold = true;
        }
        refold();
    }

    /**
     * Stores the records folded since the last save, once the log has gained {@link #FOLD_TAIL_LIMIT} operations
     * past the stored folds (at once after a fold of the whole log). Called by sync at the end of a round, when
     * every operation the round stored is folded in: the log's last position then covers exactly the state in
     * memory.
     */
    @Override
    public void storeFold() {
        storeFold(log.lastPosition());
    }

    private void storeFold(long position) {
        List<FoldedRecord> records;
        boolean replaceAll;
        ReplicaState folded;
        synchronized (this) {
            if (closed || awaitingRefold || (unsaved.isEmpty() && !unsavedFromScratch && position == storedPosition)) {
                return;
            }
            if (!unsavedFromScratch && storedPosition >= 0 && position - storedPosition < foldTailLimit) {
                return; // opening folds these few again; the records they touched are stored with later ones
            }
            records = unsaved.stream().map(state::storable).toList();
            replaceAll = unsavedFromScratch;
            folded = state;
            unsaved.clear();
            unsavedFromScratch = false;
        }
        try {
            folds.save(records, position, replaceAll);
        } catch (RuntimeException e) {
            synchronized (this) {
                records.forEach(r -> unsaved.add(r.key()));
                unsavedFromScratch |= replaceAll;
            }
            throw e;
        }
        synchronized (this) {
            storedPosition = position;
            if (replaceAll && state == folded && !closed) {
                letGoOfTheOperations(records, position);
            }
        }
    }

    /**
     * A state folded from the whole log holds every operation in memory. Once all its records are stored, the
     * same state restored from them holds none and reads a record's operations when it needs them, as after an
     * opening. Anything logged after {@code position} meanwhile is folded onto it again.
     */
    private void letGoOfTheOperations(List<FoldedRecord> everyRecord, long position) {
        ReplicaState restored = Reducer.restore(everyRecord, log.through(position));
        Reducer.apply(restored, log.effectiveOperationsAfter(position).operations());
        state = restored;
    }

    @Override
    public void serverClockStored(Hlc serverHlc) {
        clock.receiveStored(serverHlc);
    }

    @Override
    public synchronized Set<TemplateRef> templatesInUse() {
        return state.inspections().values().stream()
                .map(i -> new TemplateRef(i.templateCode(), i.templateVersion()))
                .collect(Collectors.toSet());
    }

    public DeviceClock clock() {
        return clock;
    }

    /**
     * Lets go of the folded state and of every listener, so that whatever still holds this object (a screen, a
     * platform lifecycle callback) no longer keeps the whole replica in memory. Reads then see an empty state.
     */
    public void close() {
        synchronized (this) {
            closed = true;
            state = Reducer.reduce(List.of());
        }
        listeners.clear();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the replica is closed");
        }
    }

    private void fire(Set<EntityKey> touched) {
        listeners.forEach(l -> l.accept(touched));
    }
}
