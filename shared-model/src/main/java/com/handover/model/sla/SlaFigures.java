package com.handover.model.sla;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The figures of an {@link SlaPolicy} as plain numbers, as the server sends them to devices with the reference
 * data, so a phone computes the same deadlines as the server that configured them. Durations in minutes.
 */
public record SlaFigures(long costThresholdFen, long onSiteUpToThresholdMinutes, long onSiteAboveThresholdMinutes,
                         int selfRepairChargebackPercent, int emergencyChargebackPercent,
                         long complaintAnswerMinutes, long emergencyRevisitMinutes, long revisitMinutes,
                         String reportingZone) {

    public static SlaFigures of(SlaPolicy p) {
        return new SlaFigures(p.costThresholdFen(), p.onSiteUpToThreshold().toMinutes(),
                p.onSiteAboveThreshold().toMinutes(), p.selfRepairChargebackPercent(),
                p.emergencyChargebackPercent(), p.complaintAnswerWithin().toMinutes(),
                p.emergencyRevisitWithin().toMinutes(), p.revisitWithin().toMinutes(), p.reportingZone().getId());
    }

    /** The policy these figures describe; the policy's own checks refuse figures out of range. */
    public SlaPolicy policy() {
        if (reportingZone == null || !ZoneId.getAvailableZoneIds().contains(reportingZone)) {
            throw new IllegalArgumentException("reportingZone is not a known time zone: " + reportingZone);
        }
        return new SlaPolicy(costThresholdFen, Duration.ofMinutes(onSiteUpToThresholdMinutes),
                Duration.ofMinutes(onSiteAboveThresholdMinutes), selfRepairChargebackPercent,
                emergencyChargebackPercent, Duration.ofMinutes(complaintAnswerMinutes),
                Duration.ofMinutes(emergencyRevisitMinutes), Duration.ofMinutes(revisitMinutes),
                ZoneId.of(reportingZone));
    }
}
