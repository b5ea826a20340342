package com.handover.server.config;

import com.handover.model.sla.SlaPolicy;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How the clocks run: how often the clock job looks (default every minute), whether it escalates overdue work
 * orders to self-repair by itself (default no: the office decides on the work-order board), and the SLA
 * figures (the seed's by default).
 *
 * <p>Set by {@link ServerConfigParser} from the {@code --clock-*} and {@code --sla-*} options.
 */
public record ClockSettings(Duration interval, boolean autoEscalate, SlaPolicy sla) {

    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    public static final Duration MAX_INTERVAL = Duration.ofDays(1);

    public ClockSettings {
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException("the clock interval must be 1 s .. 1 day");
        }
    }

    public static ClockSettings defaults() {
        return new ClockSettings(Duration.ofMinutes(1), false, SlaPolicy.defaults());
    }

    public ZoneId zone() {
        return sla.reportingZone();
    }
}
