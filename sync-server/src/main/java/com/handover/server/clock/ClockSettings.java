package com.handover.server.clock;

import com.handover.model.sla.SlaPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * How the clocks run: how often the clock job looks (default every minute), whether it escalates overdue work
 * orders to self-repair by itself (default no: the office decides on the work-order board), and the SLA
 * figures (the seed's by default).
 *
 * <p>From the environment: {@code HANDOVER_CLOCK_INTERVAL_SECONDS}, {@code HANDOVER_AUTO_ESCALATE},
 * {@code HANDOVER_SLA_THRESHOLD_YUAN}, {@code HANDOVER_SLA_ON_SITE_HOURS}, {@code HANDOVER_SLA_ON_SITE_ABOVE_HOURS},
 * {@code HANDOVER_SLA_EMERGENCY_MINUTES}, {@code HANDOVER_SLA_CHARGEBACK_PERCENT},
 * {@code HANDOVER_SLA_ANSWER_HOURS}.
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

    public static ClockSettings fromEnvironment(Map<String, String> env) {
        SlaPolicy d = SlaPolicy.defaults();
        SlaPolicy sla = new SlaPolicy(
                number(env, "HANDOVER_SLA_THRESHOLD_YUAN", d.costThresholdFen() / 100) * 100,
                Duration.ofHours(number(env, "HANDOVER_SLA_ON_SITE_HOURS", d.onSiteUpToThreshold().toHours())),
                Duration.ofHours(number(env, "HANDOVER_SLA_ON_SITE_ABOVE_HOURS", d.onSiteAboveThreshold().toHours())),
                Duration.ofMinutes(number(env, "HANDOVER_SLA_EMERGENCY_MINUTES", d.emergencyOnSite().toMinutes())),
                (int) number(env, "HANDOVER_SLA_CHARGEBACK_PERCENT", d.selfRepairChargebackPercent()),
                d.emergencyChargebackPercent(),
                Duration.ofHours(number(env, "HANDOVER_SLA_ANSWER_HOURS", d.complaintAnswerWithin().toHours())),
                d.emergencyRevisitWithin(), d.revisitWithin(), d.reportingZone());
        return new ClockSettings(Duration.ofSeconds(number(env, "HANDOVER_CLOCK_INTERVAL_SECONDS", 60)),
                Boolean.parseBoolean(env.getOrDefault("HANDOVER_AUTO_ESCALATE", "false").trim()), sla);
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
        }
    }
}
