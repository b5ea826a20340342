package com.handover.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.sync.Operation;
import com.handover.systemtest.device.DeviceProcess;
import com.handover.systemtest.device.DeviceReplicaFile;
import com.handover.systemtest.process.JavaProcess;
import com.handover.systemtest.proxy.Fault;
import com.handover.systemtest.proxy.FaultPlan;
import com.handover.systemtest.proxy.FaultProxy;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.Scenario;
import com.handover.systemtest.verify.ScenarioCheck;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A new phone's first sync installs the server's snapshot of its scope. Killed while downloading or installing it,
 * or cut off by the network in the middle of it, the phone holds either nothing of it or all of it, never a half,
 * and once it synced again it agrees with the server and the other phones.
 */
@Tag("fault")
@Timeout(300)
class BootstrapInterruptedTest {

    private static final long SEED = 5150L;
    private static final int KILLS = 6;

    @Test
    void killingTheAppDuringItsFirstSyncLeavesNoHalfInstalledReplica() {
        try (Scenario s = Scenario.sqlite("bootstrap-kill", 40)) {
            String url = s.server().baseUrl();
            DeviceProcess seeder = s.device("seeder", url, TestSite.INSPECTOR_A, SEED, "--actions", "400",
                    "--sync-every", "100", "--settle");
            seeder.runToEnd(Duration.ofMinutes(2));
            Set<UUID> seeded = DeviceReplicaFile.read(seeder.folder()).ownIds();

            Random random = new Random(SEED);
            int kills = 0;
            for (int round = 0; round < KILLS; round++) {
                // A phone of its own each round, so that every round is a first sync.
                DeviceProcess newcomer = s.device("newcomer-" + round, url, TestSite.INSPECTOR_A2, SEED + round,
                        "--actions", "10", "--sync-every", "10");
                JavaProcess p = newcomer.start();
                String moment = round % 2 == 0 ? "CALL bootstrap" : "DONE bootstrap";
                try {
                    p.awaitLine(0, l -> l.startsWith(moment), Duration.ofSeconds(60));
                    pause(random.nextInt(round % 2 == 0 ? 80 : 40));
                    p.kill();
                    kills++;
                } catch (IllegalStateException e) {
                    p.waitForExit(Duration.ofSeconds(30)); // the first sync had already finished
                }
                assertAllOrNothing(newcomer, seeded, "after kill " + (round + 1));
                newcomer.runToEnd(Duration.ofMinutes(2));
            }
            assertTrue(kills >= KILLS / 2, "the app was killed during its first sync only " + kills + " times");
            s.settleAll(Duration.ofMinutes(2));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("seed", SEED);
            extra.put("killsDuringFirstSync", kills);
            extra.put("operationsInTheSnapshot", seeded.size());
            ScenarioCheck.verify("bootstrap-kill", s.api(), s.officeToken(), s.replicas(), extra);
        }
    }

    @Test
    void aFirstSyncCutOffByTheNetworkStartsAgainCleanly() {
        try (Scenario s = Scenario.sqlite("bootstrap-proxy", 40);
             FaultProxy proxy = FaultProxy.start(s.server().address(), FaultPlan.none())) {
            DeviceProcess seeder = s.device("seeder", s.server().baseUrl(), TestSite.INSPECTOR_A, SEED, "--actions",
                    "400", "--sync-every", "100", "--settle");
            seeder.runToEnd(Duration.ofMinutes(2));
            Set<UUID> seeded = DeviceReplicaFile.read(seeder.folder()).ownIds();

            proxy.plan(FaultPlan.random(SEED, 75, 16 * 1024, 2_600, Fault.Kind.RESET_RESPONSE,
                    Fault.Kind.TRUNCATE_RESPONSE, Fault.Kind.DROP));
            DeviceProcess newcomer = s.device("newcomer", proxy.baseUrl(), TestSite.INSPECTOR_A2, SEED + 1,
                    "--actions", "10", "--sync-every", "10", "--read-timeout-ms", "2000", "--fresh-connections",
                    "--max-rounds", "200");
            JavaProcess run = newcomer.runToEnd(Duration.ofMinutes(3));
            assertTrue(run.lines().stream().anyMatch(l -> l.startsWith("FAIL bootstrap")),
                    "the network cut at least one snapshot download");
            assertAllOrNothing(newcomer, seeded, "after the cut downloads");
            proxy.plan(FaultPlan.none());
            s.settleAll(Duration.ofMinutes(2));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("seed", SEED);
            extra.put("faults", proxy.applied());
            ScenarioCheck.verify("bootstrap-proxy", s.api(), s.officeToken(), s.replicas(), extra);
        }
    }

    /** The newcomer holds none of the seeded operations or every one of them. */
    private static void assertAllOrNothing(DeviceProcess newcomer, Set<UUID> seeded, String when) {
        Set<UUID> held = DeviceReplicaFile.read(newcomer.folder()).rows().stream().map(DeviceReplicaFile.Row::operation)
                .map(Operation::id).filter(seeded::contains).collect(Collectors.toCollection(HashSet::new));
        assertTrue(held.isEmpty() || held.size() == seeded.size(), when + ": the phone holds " + held.size() + " of the "
                + seeded.size() + " operations of its first sync, a half-installed replica");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
