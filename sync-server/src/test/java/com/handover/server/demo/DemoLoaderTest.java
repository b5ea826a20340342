package com.handover.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.HandoverServer;
import com.handover.server.config.ServerConfig;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoLoaderTest {

    @Test
    void theDemoLoadsOnceAndItsAccountsCanSignIn(@TempDir Path dir) throws Exception {
        ServerConfig config = ServerConfig.embedded(dir).withHost("127.0.0.1").withPort(0).withDemo(true);
        DemoLoader.Outcome first;
        try (HandoverServer server = HandoverServer.start(config)) {
            first = DemoLoader.load(server.components());
            assertTrue(first.loadedNow());
            assertEquals(6, first.passwords().size(), "one account per role");
            var api = new ApiClient("http://127.0.0.1:" + server.port());
            var login = api.login("inspector", first.passwords().get("inspector"), "demo-phone");
            assertEquals(200, login.code());
            String token = login.json().get("token").asText();
            var reference = api.send("GET", "/api/v1/reference", token, null, java.util.Map.of()).json();
            var project = reference.get("projects").get(0);
            assertEquals("滨江花园", project.get("project").get("name").asText());
            assertEquals("北京", project.get("project").get("city").asText());
            assertEquals(2, project.get("buildings").size());
            assertEquals(2 * 18 * 4, project.get("units").size());
            assertEquals(5, reference.get("contractors").size());
            assertEquals(2, reference.get("templates").size());
        }
        try (HandoverServer again = HandoverServer.start(config)) {
            DemoLoader.Outcome second = DemoLoader.load(again.components());
            assertFalse(second.loadedNow());
            assertEquals(first.passwords(), second.passwords());
            assertEquals(144, new TestServerCount(again).units());
        }
        assertTrue(Files.exists(dir.resolve(DemoLoader.PASSWORD_FILE)));
        assertFalse(first.toString().contains(first.passwords().get("admin")));
    }

    private record TestServerCount(HandoverServer server) {
        long units() {
            return server.components().db().read(c -> com.handover.server.store.jdbc.Sql.count(c,
                    "SELECT COUNT(*) FROM units"));
        }
    }

    @Test
    void demoUnitsAreRealisticAndStable() {
        DemoData a = new DemoData(TestServer.COMPLETION);
        DemoData b = new DemoData(TestServer.COMPLETION);
        assertEquals(a.units, b.units);
        assertEquals(144, a.units.size());
        assertTrue(a.units.stream().anyMatch(u -> u.deliveryStandard() == com.handover.model.DeliveryStandard.BARE_SHELL));
        assertTrue(a.unitTypes.get(0).rooms().contains("BEDROOM-3"));
    }
}
