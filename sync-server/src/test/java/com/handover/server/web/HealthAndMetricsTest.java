package com.handover.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HealthAndMetricsTest {

    @Test
    void healthAndPrometheusMetricsAreServed() {
        try (TestServer server = TestServer.start()) {
            ApiClient api = new ApiClient(server.baseUrl());
            var health = api.send("GET", "/health", null, null, Map.of());
            assertEquals(200, health.code());
            assertEquals("UP", health.json().get("status").asText());
            assertEquals("SQLITE", health.json().get("database").asText());

            var office = api.login("office", "metrics-phone");
            var ops = new TestOps("office", "metrics-phone");
            UUID insp = UUID.randomUUID();
            office.push(List.of(ops.startInspection(insp, server.demo().units.get(0).id()),
                    ops.openDefect(UUID.randomUUID(), server.demo().units.get(0).id(), insp, "裂缝",
                            "ab".repeat(32))));
            office.pull("", 10);
            String metrics = api.send("GET", "/metrics", null, null, Map.of()).body();
            assertTrue(metrics.contains("handover_sync_push_batch_size_operations_count 1"), metrics);
            assertTrue(metrics.contains("handover_sync_push_duration_seconds_count 1"), metrics);
            assertTrue(metrics.contains("handover_sync_pull_duration_seconds_count 1"), metrics);
            assertTrue(metrics.contains("handover_blobs_pending 1"), metrics);
            assertTrue(metrics.contains("handover_sync_push_operations_total{status=\"ACCEPTED\"} 2"), metrics);
            assertTrue(metrics.contains("route=\"/api/v1/sync/push\""), metrics);
        }
    }
}
