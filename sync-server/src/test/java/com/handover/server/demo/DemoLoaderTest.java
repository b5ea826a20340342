package com.handover.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.HandoverServer;
import com.handover.server.config.ServerConfig;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestServer;
import com.handover.model.json.BundledChecklists;
import com.handover.server.Components;
import com.handover.server.setup.imports.ProjectImport;
import com.handover.server.store.jdbc.Sql;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    void theDemoSiteRecordsAreWhatImportingTheDemoWorkbookMakes(@TempDir Path dir) throws Exception {
        ServerConfig config = ServerConfig.embedded(dir).withHost("127.0.0.1").withPort(0).withDemo(true);
        Map<String, List<String>> loaded;
        LocalDate completion;
        try (HandoverServer server = HandoverServer.start(config)) {
            DemoLoader.load(server.components());
            loaded = siteRecords(server.components());
            completion = server.components().db().read(c -> server.components().sites().projects(c)).get(0)
                    .completionAcceptance();
        }
        try (TestServer empty = TestServer.start(TestServer.Options.defaults().withSeed(false))) {
            new ProjectImport(empty.components(), BundledChecklists.catalog().vocabulary())
                    .importBytes(new DemoData(completion).workbook);
            Map<String, List<String>> imported = siteRecords(empty.components());
            assertEquals(144, imported.get("units").size());
            assertEquals(10, imported.get("contractor_responsibilities").size(), "five trades in two buildings");
            assertEquals(imported, loaded);
        }
    }

    /** Every row of the site tables, all columns, in id order. */
    private static Map<String, List<String>> siteRecords(Components c) {
        Map<String, List<String>> out = new TreeMap<>();
        for (String table : List.of("projects", "buildings", "unit_types", "units", "contractors",
                "project_warranty_periods", "contractor_responsibilities")) {
            out.put(table, c.db().read(conn -> Sql.query(conn, "SELECT * FROM " + table, rs -> {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(';');
                }
                return row.toString();
            })).stream().sorted().toList());
        }
        return out;
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
