package com.handover.server.office.demo;

import com.handover.model.sync.Hlc;
import com.handover.model.sync.HlcClock;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.Payload;
import com.handover.server.auth.User;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One demo device: its user, its id, and its hybrid logical clock (which runs {@code skew} ahead of the demo
 * time, for a device whose clock is wrong). Operations it records collect in its outbox until pushed. Like the
 * app, a write names the write it saw in effect on its field ({@code prev}): the demo's devices sync after every
 * step, so each has seen the last write any of them made ({@code lastWrites}, shared by all of them).
 */
final class DemoDevice {

    final User user;
    final String deviceId;
    final String deviceName;
    /** The token of its last sign-in (null before the first) and when that token expires. */
    String token;
    Instant tokenExpiresAt;
    private final HlcClock clock;
    private final Supplier<UUID> ids;
    private final Map<String, UUID> lastWrites;
    final List<Operation> outbox = new ArrayList<>();

    DemoDevice(User user, String deviceId, String deviceName, DemoClock demoClock, Duration skew, Supplier<UUID> ids,
               Map<String, UUID> lastWrites) {
        this.user = user;
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        long skewMillis = skew.toMillis();
        this.clock = new HlcClock(deviceId, () -> demoClock.millis() + skewMillis);
        this.ids = ids;
        this.lastWrites = lastWrites;
    }

    Hlc now() {
        return clock.now();
    }

    /** Records an operation (into the outbox) that saw {@code prev} in effect, and returns it. */
    Operation record(OperationType type, UUID entity, UUID prev, Payload payload) {
        Operation op = new Operation(ids.get(), type, entity, clock.now(), user.username(), deviceId, prev, payload);
        outbox.add(op);
        if (op.field() != null) {
            lastWrites.put(entity + "/" + op.field(), op.id());
        }
        return op;
    }

    /** Records an operation that saw the last write on its field, as a device that has synced does. */
    Operation record(OperationType type, UUID entity, Payload payload) {
        String field = type.field(payload);
        return record(type, entity, field == null ? null : lastWrites.get(entity + "/" + field), payload);
    }
}
