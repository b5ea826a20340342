package com.handover.server.office.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time the demo history is at while it is written: each push happens "then", so the log's receive times,
 * the devices' last sync times and the clocks of the operations tell one consistent story.
 */
final class DemoClock extends Clock {

    private volatile Instant now;

    DemoClock(Instant start) {
        this.now = start;
    }

    void set(Instant at) {
        this.now = at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo clock has one zone");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
