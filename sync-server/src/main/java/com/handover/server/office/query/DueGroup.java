package com.handover.server.office.query;

import java.time.Instant;
import java.time.ZoneId;

/**
 * How urgent a deadline is for the office, so that red means "do this first": past it (red), due today
 * (amber), due later (blue), or no clock running (grey: someone is on site, or the order is done).
 */
public enum DueGroup {
    OVERDUE("chip-bad"),
    DUE_TODAY("chip-warn"),
    NOT_DUE("chip-info"),
    NO_CLOCK("chip-idle");

    private final String chipClass;

    DueGroup(String chipClass) {
        this.chipClass = chipClass;
    }

    public String chipClass() {
        return chipClass;
    }

    /**
     * @param running whether the clock still runs (nobody on site yet)
     * @param overdue whether the deadline has passed, as the clock rules say
     * @param due     the deadline
     */
    public static DueGroup of(boolean running, boolean overdue, Instant due, Instant now, ZoneId zone) {
        if (!running) {
            return NO_CLOCK;
        }
        if (overdue) {
            return OVERDUE;
        }
        return due.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate()) ? DUE_TODAY : NOT_DUE;
    }
}
