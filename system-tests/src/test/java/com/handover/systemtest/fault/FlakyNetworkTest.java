package com.handover.systemtest.fault;

import com.handover.systemtest.proxy.Fault;
import com.handover.systemtest.proxy.FaultPlan;
import com.handover.systemtest.proxy.FaultProxy;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.Scenario;
import com.handover.systemtest.verify.ScenarioCheck;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three devices record and sync at the same time through a proxy that breaks a third of all connections: dropped,
 * reset in the middle of the request or the response, truncated, held back past the client's timeout, or sent to
 * the server twice. After the network heals and every device synced, nothing is lost or doubled and all agree.
 */
@Tag("fault")
@Timeout(300)
class FlakyNetworkTest {

    private static final long SEED = 20260917L;

    @Test
    void syncThroughABrokenNetworkLosesAndDoublesNothing() {
        try (Scenario s = Scenario.sqlite("flaky-network", 40);
             FaultProxy proxy = FaultProxy.start(s.server().address(), FaultPlan.random(SEED, 35, 8 * 1024, 2_600,
                     Fault.Kind.DROP, Fault.Kind.RESET_REQUEST, Fault.Kind.RESET_RESPONSE,
                     Fault.Kind.TRUNCATE_RESPONSE, Fault.Kind.DELAY, Fault.Kind.DUPLICATE))) {
            String[] users = {TestSite.INSPECTOR_A, TestSite.INSPECTOR_A2, TestSite.INSPECTOR_A};
            for (int i = 0; i < users.length; i++) {
                s.device("flaky-" + i, proxy.baseUrl(), users[i], SEED + i, "--actions", "120", "--sync-every", "20",
                        "--read-timeout-ms", "2000", "--fresh-connections");
            }
            s.runAll(Duration.ofMinutes(3));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("seed", SEED);
            extra.put("connections", proxy.planned().values().stream().mapToInt(Integer::intValue).sum());
            extra.put("faults", proxy.applied());
            proxy.plan(FaultPlan.none());
            s.settleAll(Duration.ofMinutes(2));
            ScenarioCheck.verify("flaky-network", s.api(), s.officeToken(), s.replicas(), extra);
        }
    }
}
