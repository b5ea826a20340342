package com.handover.systemtest.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/** A device's wall clock: the real time off by an offset that can jump (the user or the network resets it). */
public final class SkewedClock extends Clock {

    private final AtomicLong offsetMillis;
    private final ZoneId zone;

    public SkewedClock(Duration offset, ZoneId zone) {
        this(new AtomicLong(offset.toMillis()), zone);
    }

    private SkewedClock(AtomicLong offsetMillis, ZoneId zone) {
        this.offsetMillis = offsetMillis;
        this.zone = zone;
    }

    /** Moves the clock by {@code delta} (negative: backwards). */
    public void jump(Duration delta) {
        offsetMillis.addAndGet(delta.toMillis());
    }

    public Duration offset() {
        return Duration.ofMillis(offsetMillis.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId z) {
        return new SkewedClock(offsetMillis, z);
    }

    @Override
    public long millis() {
        return System.currentTimeMillis() + offsetMillis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
