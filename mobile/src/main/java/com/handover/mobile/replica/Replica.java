package com.handover.mobile.replica;

import com.handover.mobile.store.OperationLog;
import com.handover.mobile.store.ReferenceData.TemplateRef;
import com.handover.mobile.store.RejectedOperation;
import com.handover.mobile.sync.ReplicaFeed;
import com.handover.model.sync.EntityKey;
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
import java.util.List;
import java.util.Map;
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
 */
public final class Replica implements ReplicaFeed {

    private final OperationLog log;
    private final DeviceClock clock;
    private final Supplier<String> actor;
    private final List<Consumer<Set<EntityKey>>> listeners = new CopyOnWriteArrayList<>();
    private ReplicaState state;
    private boolean closed;

    public Replica(OperationLog log, DeviceClock clock, Supplier<String> actor) {
        this.log = log;
        this.clock = clock;
        this.actor = actor;
        this.state = Reducer.reduce(List.of());
    }

    /** Re-reduces everything from the log (on start, and after the server refused an own operation). */
    public void load() {
        List<Operation> ops = log.effectiveOperations();
        synchronized (this) {
            requireOpen();
            state = Reducer.reduce(ops);
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
        }
        fire(touched);
    }

    @Override
    public void rejected(Collection<UUID> operationIds) {
        load();
    }

    @Override
    public void serverClock(Hlc serverHlc) {
        clock.receive(serverHlc);
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
