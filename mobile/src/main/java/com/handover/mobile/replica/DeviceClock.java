package com.handover.mobile.replica;

import com.handover.mobile.store.ClockStore;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.HlcClock;
import java.util.function.LongSupplier;

/**
 * This device's hybrid clock, restored from the store so it never goes backwards across restarts. Own
 * timestamps are persisted with the operation that carries them; timestamps received from the server here.
 */
public final class DeviceClock {

    private final HlcClock clock;
    private final ClockStore store;

    public DeviceClock(String deviceId, LongSupplier wallClock, ClockStore store) {
        this.store = store;
        Hlc last = store.lastClock().map(h -> new Hlc(h.wallMillis(), h.counter(), deviceId)).orElse(null);
        this.clock = new HlcClock(deviceId, wallClock, HlcClock.DEFAULT_MAX_DRIFT, last);
    }

    public String node() {
        return clock.node();
    }

    public Hlc now() {
        return clock.now();
    }

    public void receive(Hlc remote) {
        clock.receive(remote);
        store.saveClock(new Hlc(remote.wallMillis(), remote.counter(), clock.node()));
    }

    /** A server clock the store already saved (with the page it came with): only the clock in memory moves. */
    public void receiveStored(Hlc remote) {
        clock.receive(remote);
    }

    /** The device's clock is far from the server's: shown so the inspector can fix the phone's time. */
    public boolean driftTooLarge() {
        return clock.lastReceiveExceededDrift();
    }
}
