package com.handover.server.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import com.handover.model.sla.SlaFigures;
import com.handover.model.sla.SlaPolicy;
import com.handover.server.config.ServerConfigParser;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Devices receive the repair-deadline figures the server runs with, so both count the same deadlines. */
class ReferenceSlaFiguresTest {

    @Test
    void theReferenceDataCarriesTheConfiguredFigures() throws Exception {
        var clocks = ServerConfigParser.parse(new String[] {"--sla-on-site-hours", "12", "--sla-on-site-above-hours",
                "30", "--sla-threshold-yuan", "2000"}, Map.of()).clocks();
        try (TestServer server = TestServer.start(TestServer.Options.defaults().withClocks(clocks))) {
            for (String user : new String[] {"inspector", "maintenance", "office"}) {
                JsonNode sla = new ApiClient(server.baseUrl()).login(user, "phone-" + user).get("/api/v1/reference")
                        .json().get("sla");
                SlaPolicy sent = ModelJson.mapper().treeToValue(sla, SlaFigures.class).policy();
                assertEquals(clocks.sla(), sent, user);
                assertEquals(Duration.ofHours(12), sent.onSiteUpToThreshold());
                assertEquals(200_000L, sent.costThresholdFen());
            }
        }
    }

    @Test
    void anUnconfiguredServerSendsTheSeedsFigures() throws Exception {
        try (TestServer server = TestServer.start()) {
            JsonNode sla = new ApiClient(server.baseUrl()).login("inspector", "phone-1").get("/api/v1/reference")
                    .json().get("sla");
            assertEquals(SlaPolicy.defaults(), ModelJson.mapper().treeToValue(sla, SlaFigures.class).policy());
        }
    }
}
