package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.SignerRole;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A repair confirmation names the party who signed, and each account records only the parties its role may:
 * maintenance staff every party present on site, a supervisor (监理) or project department (项目部) account only
 * its own, nobody else any. A refused confirmation is stored nowhere.
 */
class RepairConfirmationSignersTest {

    static TestServer server;
    static ApiClient api;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode confirmAs(String user, String device, SignerRole party) {
        var session = api.login(user, device);
        var ops = new TestOps(user, device);
        return session.push(List.of(ops.confirm(UUID.randomUUID(), party, "签字人"))).json().get("results").get(0);
    }

    @Test
    void aSupervisorAccountConfirmsOnlyAsTheSupervisor() {
        long before = server.count("operations");
        JsonNode owner = confirmAs("supervisor", "sup-1", SignerRole.OWNER);
        assertEquals("FORBIDDEN_ROLE", owner.get("code").asText());
        assertTrue(owner.get("message").asText().contains("OWNER"), owner.toString());
        JsonNode maintenance = confirmAs("projectdept", "pd-1", SignerRole.SUPERVISOR);
        assertEquals("FORBIDDEN_ROLE", maintenance.get("code").asText());
        assertEquals(before, server.count("operations"));
    }

    @Test
    void officeAndInspectorAccountsRecordNoRepairConfirmation() {
        assertEquals("FORBIDDEN_ROLE", confirmAs("office", "off-1", SignerRole.OWNER).get("code").asText());
        assertEquals("FORBIDDEN_ROLE", confirmAs("inspector", "insp-1", SignerRole.OWNER).get("code").asText());
    }

    @Test
    void theInspectorIsNoPartyToARepairConfirmation() {
        var session = api.login("maintenance", "mnt-1");
        JsonNode refused = session.pushRaw(pushOfConfirmationSignedBy("INSPECTOR", "mnt-1", "maintenance")).json()
                .get("results").get(0);
        assertEquals("INVALID", refused.get("code").asText(), refused.toString());
        assertTrue(refused.get("message").asText().contains("signature.role"), refused.toString());
    }

    @Test
    void maintenanceRecordsEachPartyPresentOnSiteAndTheCheckComesBeforeTheRecord() {
        for (SignerRole party : List.of(SignerRole.MAINTENANCE, SignerRole.OWNER, SignerRole.SUPERVISOR,
                SignerRole.PROJECT_DEPARTMENT)) {
            JsonNode r = confirmAs("maintenance", "mnt-2", party);
            assertEquals("UNKNOWN_ENTITY", r.get("code").asText(), party + ": " + r);
        }
        assertEquals("UNKNOWN_ENTITY", confirmAs("supervisor", "sup-2", SignerRole.SUPERVISOR).get("code").asText());
        assertEquals("UNKNOWN_ENTITY",
                confirmAs("projectdept", "pd-2", SignerRole.PROJECT_DEPARTMENT).get("code").asText());
    }

    private static String pushOfConfirmationSignedBy(String signerRole, String device, String actor) {
        return "{\"deviceId\":\"" + device + "\",\"operations\":[{\"id\":\"" + UUID.randomUUID()
                + "\",\"type\":\"workorder.confirmed\",\"entity\":\"" + UUID.randomUUID()
                + "\",\"hlc\":\"0001764800000000.000000." + device + "\",\"actor\":\"" + actor + "\",\"device\":\""
                + device + "\",\"payload\":{\"signature\":{\"role\":\"" + signerRole
                + "\",\"signerName\":\"王丽\",\"strokes\":[{\"points\":[{\"x\":1,\"y\":2},{\"x\":3,\"y\":4}]}],"
                + "\"signedAt\":\"2025-12-03T22:13:20Z\"},\"contentHash\":\"" + "a".repeat(64) + "\"}}]}";
    }
}
