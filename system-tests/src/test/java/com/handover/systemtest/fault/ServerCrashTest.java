package com.handover.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.systemtest.device.DeviceProcess;
import com.handover.systemtest.process.JavaProcess;
import com.handover.systemtest.server.ServerProcess;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.Scenario;
import com.handover.systemtest.verify.ScenarioCheck;
import com.handover.systemtest.verify.ServerDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server process is killed with SIGKILL while devices are in the middle of pushing batches, and restarted on
 * the same data folder, again and again. A batch is stored whole or not at all, positions stay one gap-free
 * order, and after the devices synced again the server holds every operation once.
 */
@Tag("fault")
@Timeout(300)
class ServerCrashTest {

    private static final long SEED = 4242L;
    private static final int KILLS = 5;

    @Test
    void killingTheServerInTheMiddleOfPushesLosesAndDoublesNothing() {
        try (Scenario s = Scenario.sqlite("server-crash", 40)) {
            ServerProcess server = s.server();
            List<DeviceProcess> devices = List.of(
                    s.device("crash-a", server.baseUrl(), TestSite.INSPECTOR_A, SEED, "--actions", "400",
                            "--sync-every", "40"),
                    s.device("crash-b", server.baseUrl(), TestSite.INSPECTOR_A2, SEED + 1, "--actions", "400",
                            "--sync-every", "40"));
            List<JavaProcess> running = new ArrayList<>();
            devices.forEach(d -> running.add(d.start()));
            Random random = new Random(SEED);
            int[] from = new int[running.size()];
            int kills = 0;
            for (int k = 0; k < KILLS; k++) {
                int i = k % running.size();
                JavaProcess watched = running.get(i);
                if (!watched.alive()) {
                    watched = running.get(i = 1 - i);
                }
                try {
                    from[i] = watched.awaitLine(from[i], l -> l.startsWith("CALL push"), Duration.ofSeconds(60)) + 1;
                } catch (IllegalStateException e) {
                    break; // both devices finished their work before another push began
                }
                pause(random.nextInt(60));
                server.kill();
                kills++;
                server.start();
            }
            assertTrue(kills >= 3, "the server was killed during pushes only " + kills + " times");
            for (JavaProcess p : running) {
                p.waitForExit(Duration.ofMinutes(2));
            }
            s.settleAll(Duration.ofMinutes(2));
            ServerDatabase db = ServerDatabase.sqlite(server.dataDir());
            long count = db.count("SELECT count(*) FROM operations");
            assertEquals(count, db.count("SELECT coalesce(max(position), 0) FROM operations"),
                    "positions run 1..n without a gap");
            assertEquals(count, db.count("SELECT last_position FROM log_head"), "the log head is the last position");
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("seed", SEED);
            extra.put("serverKills", kills);
            ScenarioCheck.verify("server-crash", s.api(), s.officeToken(), s.replicas(), extra);
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
