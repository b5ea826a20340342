package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.server.Components;
import com.handover.server.store.DeviceStore;
import com.handover.server.testing.TestServer;
import org.junit.jupiter.api.Test;

class DeviceSightingsTest {

    private static DeviceStore.DeviceRecord device(Components c, String id) {
        return c.db().read(conn -> c.devices().list(conn)).stream()
                .filter(d -> d.deviceId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void pullsAreWrittenOnFlushWithTheLatestSightingOfEachDevice() {
        try (TestServer server = TestServer.start()) {
            Components c = server.components();
            c.db().write(conn -> {
                c.devices().recordLogin(conn, "sight-a", "A", "inspector", 1_000);
                c.devices().recordLogin(conn, "sight-b", "B", "inspector", 1_000);
                return null;
            });
            try (DeviceSightings sightings = new DeviceSightings(c.db(), c.devices())) {
                sightings.saw("sight-a", 5_000, 120L);
                sightings.saw("sight-a", 4_000, 999L); // an older pull answered late does not win
                sightings.saw("sight-b", 6_000, null);
                sightings.flush();
                assertEquals(5_000L, device(c, "sight-a").lastSyncAt());
                assertEquals(120L, device(c, "sight-a").lastDriftMillis());
                assertEquals(6_000L, device(c, "sight-b").lastSyncAt());
                sightings.saw("sight-b", 7_000, 5L);
            }
            // Closing writes what was still noted.
            assertEquals(7_000L, device(c, "sight-b").lastSyncAt());
            assertEquals(5L, device(c, "sight-b").lastDriftMillis());
        }
    }
}
