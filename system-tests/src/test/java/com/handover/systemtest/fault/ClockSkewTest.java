package com.handover.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.systemtest.device.DeviceReplicaFile;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.Scenario;
import com.handover.systemtest.verify.ScenarioCheck;
import com.handover.systemtest.verify.ServerDatabase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Device clocks two days fast, two days slow, and one whose clock jumps an hour back every ten actions, all working
 * on the same inspections. No operation is refused for its clock, every device's own timestamps only go forward,
 * and all end in the same state.
 */
@Tag("fault")
@Timeout(300)
class ClockSkewTest {

    private static final long SEED = 9001L;
    private static final long TWO_DAYS = Duration.ofDays(2).toMillis();

    @Test
    void skewedAndJumpingClocksNeitherLoseNorRefuseAnything() {
        try (Scenario s = Scenario.sqlite("clock-skew", 12)) {
            String url = s.server().baseUrl();
            s.device("fast", url, TestSite.INSPECTOR_A, SEED, "--actions", "120", "--sync-every", "15",
                    "--skew-ms", Long.toString(TWO_DAYS));
            s.device("slow", url, TestSite.INSPECTOR_A2, SEED + 1, "--actions", "120", "--sync-every", "15",
                    "--skew-ms", Long.toString(-TWO_DAYS));
            s.device("jumpy", url, TestSite.INSPECTOR_A, SEED + 2, "--actions", "120", "--sync-every", "15",
                    "--skew-ms", Long.toString(-TWO_DAYS / 2), "--jump-back-ms", "3600000", "--jump-every", "10");
            s.runAll(Duration.ofMinutes(3));
            s.settleAll(Duration.ofMinutes(2));
            List<DeviceReplicaFile> replicas = s.replicas();
            for (DeviceReplicaFile d : replicas) {
                List<Operation> own = d.own();
                for (int i = 1; i < own.size(); i++) {
                    Hlc before = own.get(i - 1).hlc();
                    Hlc after = own.get(i).hlc();
                    assertTrue(after.isAfter(before), d.deviceId() + ": own clock went back from " + before
                            + " to " + after);
                }
                assertEquals(0, d.rejected(), d.deviceId() + " had operations refused");
            }
            ServerDatabase db = ServerDatabase.sqlite(s.server().dataDir());
            long flagged = db.count("SELECT count(*) FROM devices WHERE abs(last_drift_ms) > 86400000");
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("seed", SEED);
            extra.put("skewMs", "+" + TWO_DAYS + "/-" + TWO_DAYS + "/jumps");
            extra.put("devicesSeenOffByADay", flagged);
            ScenarioCheck.verify("clock-skew", s.api(), s.officeToken(), replicas, extra);
        }
    }
}
