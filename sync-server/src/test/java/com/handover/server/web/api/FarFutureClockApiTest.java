package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.ItemResult;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A tablet whose clock runs a year ahead pushes a finding. The server does not follow its clock, and the office,
 * having pulled the finding, corrects it: the correction is in effect on the server, not the future-stamped write.
 */
class FarFutureClockApiTest {

    @Test
    void aCorrectionMadeAfterSeeingAFutureStampedWriteTakesEffect() {
        try (TestServer server = TestServer.start()) {
            ApiClient api = new ApiClient(server.baseUrl());
            long now = System.currentTimeMillis();
            ApiClient.Session tablet = api.login("inspector", "skewed");
            TestOps skewed = new TestOps("inspector", "skewed", now + Duration.ofDays(365).toMillis());
            UUID inspection = UUID.randomUUID();
            Operation start = skewed.startInspection(inspection, server.demo().units.get(0).id());
            Operation future = skewed.item(inspection, "LIVING", "F-LIVING-WALL_FLAT", ItemResult.FAIL, "未来");
            assertEquals(200, tablet.push(List.of(start, future)).code());

            ApiClient.Session desk = api.login("office", "desk");
            JsonNode page = desk.pull("", 100).json();
            assertTrue(Hlc.parse(page.get("serverHlc").asText()).wallMillis() < now + Duration.ofDays(1).toMillis(),
                    "the server's clock did not jump a year ahead");
            Operation correction = new TestOps("office", "desk", now).op(OperationType.INSPECTION_ITEM_RECORDED,
                    inspection, future.id(), new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT",
                            ItemResult.PASS, null, "复核合格"));
            assertEquals("ACCEPTED", desk.push(List.of(correction)).json().get("results").get(0).get("status").asText());

            assertEquals("SUPERSEDED", outcome(server, future.id()));
            assertEquals("APPLIED", outcome(server, correction.id()));
        }
    }

    /** The stored outcome; the store keeps only those other than APPLIED. */
    private static String outcome(TestServer server, UUID op) {
        server.components().stateFolder().awaitCaughtUp(10_000);
        return server.components().db().read(c -> Sql.queryOne(c, "SELECT outcome FROM op_outcomes WHERE op_id = ?",
                rs -> rs.getString(1), op.toString())).orElse("APPLIED");
    }
}
