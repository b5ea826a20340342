package com.handover.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.systemtest.device.DeviceProcess;
import com.handover.systemtest.device.DeviceReplicaFile;
import com.handover.systemtest.process.JavaProcess;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.Scenario;
import com.handover.systemtest.verify.ScenarioCheck;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The app's process dies (SIGKILL: a flat battery, the OS killing it) in the middle of recording and in the middle
 * of syncing, and is started again on the same database, several times. Every action the app reported saved is
 * still there after the crash, and once it synced the server has each exactly once.
 */
@Tag("fault")
@Timeout(300)
class DeviceCrashTest {

    private static final long SEED = 77L;
    private static final int CRASHES = 8;

    @Test
    void killingTheAppWhileItWritesOrSyncsLosesNothingItSaved() {
        try (Scenario s = Scenario.sqlite("device-crash", 40)) {
            String url = s.server().baseUrl();
            DeviceProcess victim = s.device("victim", url, TestSite.INSPECTOR_A, SEED, "--actions", "300",
                    "--sync-every", "30");
            DeviceProcess peer = s.device("peer", url, TestSite.INSPECTOR_A2, SEED + 1, "--actions", "150",
                    "--sync-every", "25");
            JavaProcess peerRun = peer.start();
            Random random = new Random(SEED);
            Set<UUID> reportedSaved = new HashSet<>();
            int kills = 0;
            for (int crash = 0; crash < CRASHES; crash++) {
                JavaProcess p = victim.start();
                try {
                    if (crash % 2 == 0) {
                        int skip = 3 + random.nextInt(25);
                        int[] seen = {0};
                        p.awaitLine(0, l -> l.startsWith("RECORDED") && ++seen[0] >= skip, Duration.ofSeconds(60));
                    } else {
                        p.awaitLine(0, l -> l.startsWith("CALL push") || l.startsWith("CALL pull")
                                || l.startsWith("CALL blob-put"), Duration.ofSeconds(60));
                        pause(random.nextInt(40));
                    }
                    p.kill();
                    kills++;
                } catch (IllegalStateException e) {
                    p.waitForExit(Duration.ofSeconds(30)); // it finished its work before the moment came
                }
                for (String l : p.lines()) {
                    if (l.startsWith("RECORDED ")) {
                        reportedSaved.add(UUID.fromString(l.split(" ")[2]));
                    }
                }
            }
            assertTrue(kills >= CRASHES / 2, "the app was killed only " + kills + " times");
            Set<UUID> missing = new TreeSet<>(reportedSaved);
            missing.removeAll(DeviceReplicaFile.read(victim.folder()).ownIds());
            assertTrue(missing.isEmpty(), "saved actions lost in a crash: " + missing);
            victim.runToEnd(Duration.ofMinutes(2));
            peerRun.waitForExit(Duration.ofMinutes(2));
            s.settleAll(Duration.ofMinutes(2));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("seed", SEED);
            extra.put("appKills", kills);
            extra.put("savedBeforeKills", reportedSaved.size());
            ScenarioCheck.verify("device-crash", s.api(), s.officeToken(), s.replicas(), extra);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
