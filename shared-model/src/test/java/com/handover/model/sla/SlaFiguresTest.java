package com.handover.model.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.handover.model.json.ModelJson;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaFiguresTest {

    @Test
    void aConfiguredPolicyTravelsAsJsonAndComesBackTheSame() throws Exception {
        SlaPolicy configured = new SlaPolicy(200_000L, Duration.ofHours(12), Duration.ofHours(48), 150, 100,
                Duration.ofHours(8), Duration.ofHours(24), Duration.ofDays(3), ZoneId.of("Asia/Shanghai"));
        String json = ModelJson.mapper().writeValueAsString(SlaFigures.of(configured));
        SlaFigures read = ModelJson.mapper().readValue(json, SlaFigures.class);
        assertEquals(configured, read.policy());
    }

    @Test
    void figuresOutOfRangeOrAnUnknownZoneAreRefused() {
        SlaFigures d = SlaFigures.of(SlaPolicy.defaults());
        assertThrows(IllegalArgumentException.class, () -> new SlaFigures(d.costThresholdFen(), 0,
                d.onSiteAboveThresholdMinutes(), 200, 100, d.complaintAnswerMinutes(), d.emergencyRevisitMinutes(),
                d.revisitMinutes(), d.reportingZone()).policy());
        assertThrows(IllegalArgumentException.class, () -> new SlaFigures(d.costThresholdFen(),
                d.onSiteUpToThresholdMinutes(), d.onSiteAboveThresholdMinutes(), 200, 100, d.complaintAnswerMinutes(),
                d.emergencyRevisitMinutes(), d.revisitMinutes(), "Mars/Olympus").policy());
    }
}
