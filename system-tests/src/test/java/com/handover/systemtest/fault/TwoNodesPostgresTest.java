package com.handover.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.systemtest.process.JavaProcess;
import com.handover.systemtest.proxy.Fault;
import com.handover.systemtest.proxy.FaultPlan;
import com.handover.systemtest.proxy.FaultProxy;
import com.handover.systemtest.server.ServerProcess;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.PgDatabase;
import com.handover.systemtest.support.Scenario;
import com.handover.systemtest.verify.ScenarioCheck;
import com.handover.systemtest.verify.ServerDatabase;
import com.handover.systemtest.verify.ServerLog;
import java.net.InetSocketAddress;
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
 * Two server processes on one PostgreSQL database behind a load balancer that sends each connection to either at
 * random (and breaks some), devices pushing and pulling through it at the same time, and one node killed and
 * restarted half way. Both nodes give out one gap-free order, no cursor skips an operation, and all agree.
 */
@Tag("fault")
@Tag("postgres")
@Timeout(300)
class TwoNodesPostgresTest {

    private static final long SEED = 31337L;

    @Test
    void devicesSwitchingBetweenTwoNodesOnOneDatabaseAllConverge() throws Exception {
        try (PgDatabase pg = PgDatabase.create("two_nodes");
             Scenario s = Scenario.postgres("two-nodes", 40, pg.settings(8), 2)) {
            ServerProcess a = s.servers.get(0);
            ServerProcess b = s.servers.get(1);
            Random pick = new Random(SEED);
            int[] routed = new int[2];
            try (FaultProxy balancer = FaultProxy.start(() -> {
                synchronized (pick) {
                    int n = pick.nextInt(2);
                    routed[n]++;
                    return n == 0 ? a.address() : b.address();
                }
            }, FaultPlan.random(SEED, 15, 8 * 1024, 1_500, Fault.Kind.DROP, Fault.Kind.RESET_RESPONSE,
                    Fault.Kind.DELAY, Fault.Kind.DUPLICATE))) {
                String[] users = {TestSite.INSPECTOR_A, TestSite.INSPECTOR_A2, TestSite.INSPECTOR_A};
                List<JavaProcess> runs = new ArrayList<>();
                for (int i = 0; i < users.length; i++) {
                    runs.add(s.device("lb-" + i, balancer.baseUrl(), users[i], SEED + i, "--actions", "150",
                            "--sync-every", "15", "--read-timeout-ms", "3000", "--fresh-connections").start());
                }
                runs.get(0).awaitLine(0, l -> l.startsWith("CALL push"), Duration.ofSeconds(90));
                b.kill();
                b.start();
                for (JavaProcess p : runs) {
                    assertEquals(0, p.waitForExit(Duration.ofMinutes(3)), "device run failed: " + p.stdoutFile());
                }
                balancer.plan(FaultPlan.none());
                s.settleAll(Duration.ofMinutes(2));
                ServerDatabase db = ServerDatabase.postgres(pg.settings(1));
                long count = db.count("SELECT count(*) FROM operations");
                assertEquals(count, db.count("SELECT coalesce(max(position), 0) FROM operations"),
                        "positions run 1..n without a gap across both nodes");
                String office = s.officeToken();
                ServerLog viaA = ServerLog.pull(s.api(), office);
                ServerLog viaB = ServerLog.pull(new com.handover.systemtest.http.ApiClient(b.baseUrl()), office);
                assertEquals(viaA, viaB, "both nodes serve the same log");
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("seed", SEED);
                extra.put("connectionsToA", routed[0]);
                extra.put("connectionsToB", routed[1]);
                extra.put("nodeKills", 1);
                extra.put("faults", balancer.applied());
                ScenarioCheck.verify("two-nodes-postgres", s.api(), office, s.replicas(), extra);
            }
        }
    }
}
