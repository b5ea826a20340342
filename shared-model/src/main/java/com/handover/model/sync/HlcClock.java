package com.handover.model.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Mints {@link Hlc} timestamps for one node. Timestamps never go backwards, also when the wall
 * clock jumps back; receiving a remote timestamp moves the clock past it so that causality is kept.
 *
 * <p>A remote timestamp far ahead of this node's wall clock is still taken (an operation is never
 * refused because of a wrong clock), but it is reported through {@link #lastDriftMillis()} so that
 * the office can see devices whose clocks are off.
 */
public final class HlcClock {

    /** The drift beyond which a node's clock is reported as suspicious. */
    public static final Duration DEFAULT_MAX_DRIFT = Duration.ofMinutes(10);

    private final String node;
    private final LongSupplier wallClock;
    private final long maxDriftMillis;
    private long lastMillis;
    private int lastCounter;
    private long lastDriftMillis;

    public HlcClock(String node, LongSupplier wallClock) {
        this(node, wallClock, DEFAULT_MAX_DRIFT, null);
    }

    /** Restores a clock that had already issued {@code last} (for example, read back from a device's store). */
    public HlcClock(String node, LongSupplier wallClock, Duration maxDrift, Hlc last) {
        this.node = new Hlc(0, 0, node).node();
        this.wallClock = Objects.requireNonNull(wallClock);
        this.maxDriftMillis = maxDrift.toMillis();
        if (last != null) {
            this.lastMillis = last.wallMillis();
            this.lastCounter = last.counter();
        }
    }

    public String node() {
        return node;
    }

    /** A timestamp for a local event, strictly after every timestamp this clock issued or received. */
    public synchronized Hlc now() {
        long wall = wallClock.getAsLong();
        if (wall > lastMillis) {
            lastMillis = wall;
            lastCounter = 0;
        } else {
            advanceCounter();
        }
        return new Hlc(lastMillis, lastCounter, node);
    }

    /** Takes in a timestamp seen from another node; the next {@link #now()} is after it. */
    public synchronized void receive(Hlc remote) {
        long wall = wallClock.getAsLong();
        lastDriftMillis = remote.wallMillis() - wall;
        long max = Math.max(Math.max(lastMillis, remote.wallMillis()), wall);
        if (max == lastMillis && max == remote.wallMillis()) {
            lastCounter = Math.max(lastCounter, remote.counter());
        } else if (max == remote.wallMillis()) {
            lastMillis = max;
            lastCounter = remote.counter();
        } else if (max != lastMillis) {
            lastMillis = max;
            lastCounter = 0;
        }
    }

    /** How far ahead of this node's wall clock the last received timestamp was (negative: behind). */
    public synchronized long lastDriftMillis() {
        return lastDriftMillis;
    }

    public boolean lastReceiveExceededDrift() {
        return Math.abs(lastDriftMillis()) > maxDriftMillis;
    }

    private void advanceCounter() {
        if (lastCounter == Hlc.MAX_COUNTER) {
            // A million events inside one millisecond: borrow the next millisecond rather than overflow.
            lastMillis++;
            lastCounter = 0;
        } else {
            lastCounter++;
        }
    }
}
