package com.handover.server.office.demo;

import com.handover.model.sync.Hlc;
import com.handover.model.sync.HlcClock;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.Payload;
import com.handover.server.auth.Principal;
import com.handover.server.auth.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One demo device: its user, its id, and its hybrid logical clock (which runs {@code skew} ahead of the demo
 * time, for a device whose clock is wrong). Operations it records collect in its outbox until pushed.
 */
final class DemoDevice {

    final User user;
    final String deviceId;
    final String deviceName;
    final Principal principal;
    private final HlcClock clock;
    private final Supplier<UUID> ids;
    final List<Operation> outbox = new ArrayList<>();

    DemoDevice(User user, String deviceId, String deviceName, DemoClock demoClock, Duration skew, Supplier<UUID> ids) {
        this.user = user;
        this.deviceId = deviceId;
        this.deviceName = deviceName;
        this.principal = new Principal(user, deviceId, "demo-device:" + deviceId);
        long skewMillis = skew.toMillis();
        this.clock = new HlcClock(deviceId, () -> demoClock.millis() + skewMillis);
        this.ids = ids;
    }

    Hlc now() {
        return clock.now();
    }

    /** Records an operation (into the outbox) and returns it. */
    Operation record(OperationType type, UUID entity, UUID prev, Payload payload) {
        Operation op = new Operation(ids.get(), type, entity, clock.now(), user.username(), deviceId, prev, payload);
        outbox.add(op);
        return op;
    }

    Operation record(OperationType type, UUID entity, Payload payload) {
        return record(type, entity, null, payload);
    }
}
