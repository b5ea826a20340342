package com.handover.server.sync;

import com.handover.model.sync.Hlc;
import com.handover.model.sync.HlcClock;
import java.time.Clock;
import java.time.Duration;

/**
 * This node's hybrid logical clock. It takes in the clocks of accepted operations so that devices catch up
 * through {@code serverHlc}, but not those far off real time: a device with a wrong clock is flagged (its
 * drift is recorded), and must not drag every other device's clock with it.
 */
public final class ServerClock {

    /** Remote clocks further than this from the server's wall clock are not taken in. */
    public static final Duration MAX_ABSORBED_DRIFT = Duration.ofHours(24);

    private final HlcClock clock;
    private final Clock wall;

    public ServerClock(String nodeId, Clock wall) {
        this.wall = wall;
        this.clock = new HlcClock(nodeId, wall::millis);
    }

    public Hlc now() {
        return clock.now();
    }

    public void receive(Hlc remote) {
        if (Math.abs(remote.wallMillis() - wall.millis()) <= MAX_ABSORBED_DRIFT.toMillis()) {
            clock.receive(remote);
        }
    }
}
