package com.handover.model.testing;

import com.handover.model.sync.EntityKind;
import com.handover.model.sync.HlcClock;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.Payload;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * A device in a generated session: its own skewed clock, the operations it knows, and the state it sees.
 * It writes operations the way the app does: stamped by its clock, naming as {@code prev} the write it saw.
 */
public final class SimulatedDevice {

    private final String id;
    private final String actor;
    private final HlcClock clock;
    private final ReplicaState view = Reducer.reduce(List.of());
    private final List<Operation> known = new ArrayList<>();
    private final Random random;

    SimulatedDevice(String id, String actor, LongSupplier wallClock, Random random) {
        this.id = id;
        this.actor = actor;
        this.clock = new HlcClock(id, wallClock, Duration.ofMinutes(10), null);
        this.random = random;
    }

    public String id() {
        return id;
    }

    public ReplicaState view() {
        return view;
    }

    public List<Operation> known() {
        return known;
    }

    Operation write(OperationType type, UUID entity, Payload payload) {
        UUID prev = null;
        String field = type.field(payload);
        if (field != null) {
            prev = view.inEffect(type.entityKind(), entity, field).map(Operation::id).orElse(null);
        }
        Operation op = new Operation(new UUID(random.nextLong(), random.nextLong()), type, entity, clock.now(),
                actor, id, prev, payload);
        learn(List.of(op));
        return op;
    }

    void learn(List<Operation> ops) {
        List<Operation> fresh = new ArrayList<>();
        for (Operation op : ops) {
            if (view.operation(op.id()).isEmpty()) {
                fresh.add(op);
                clock.receive(op.hlc());
            }
        }
        known.addAll(fresh);
        Reducer.apply(view, fresh);
    }

    List<UUID> entitiesOf(EntityKind kind) {
        return switch (kind) {
            case INSPECTION -> List.copyOf(view.inspections().keySet());
            case DEFECT -> List.copyOf(view.defects().keySet());
            case WORK_ORDER -> List.copyOf(view.workOrders().keySet());
            case COMPLAINT -> List.copyOf(view.complaints().keySet());
        };
    }
}
