package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.ItemResult;
import com.handover.model.site.Building;
import com.handover.model.site.Unit;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account given one building of a project on the admin page works on that building only: its reference data,
 * its pulls and its bootstrap snapshot hold that building's units and records and no other of the project's, and
 * a push to another building is OUT_OF_SCOPE. Run on SQLite and on PostgreSQL.
 */
abstract class BuildingScopeContract {

    TestServer server;
    ApiClient api;
    Building mine;
    Unit inMine;
    Unit inOther;

    abstract TestServer startServer();

    @BeforeEach
    void start() {
        server = startServer();
        api = new ApiClient(server.baseUrl());
        mine = server.demo().buildings.get(0);
        inMine = server.demo().units.stream().filter(u -> u.buildingId().equals(mine.id())).findFirst().orElseThrow();
        inOther = server.demo().units.stream().filter(u -> !u.buildingId().equals(mine.id())).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anInspectorGivenOneBuildingSeesAndWritesOnlyThatBuilding() throws Exception {
        // The office records an inspection in each building; inspector2 works on another project until now.
        var office = api.login("office", "desk-1");
        var officeOps = new TestOps("office", "desk-1");
        UUID inspectionMine = UUID.randomUUID();
        UUID inspectionOther = UUID.randomUUID();
        office.push(List.of(officeOps.startInspection(inspectionMine, inMine.id()),
                officeOps.startInspection(inspectionOther, inOther.id())));
        var inspector = api.login("inspector2", "phone-2");
        String before = inspector.pull("", 1000).json().get("nextCursor").asText();
        assertFalse(entities(inspector).contains(inspectionMine), "not yet given the building");

        assign("building:" + mine.id(), true);

        JsonNode project = projectOf(inspector.get("/api/v1/reference").json(), server.demo().project.id());
        assertEquals(List.of(mine.id().toString()), ids(project.get("buildings")));
        assertTrue(project.get("units").size() > 0);
        project.get("units").forEach(u -> assertEquals(mine.id().toString(), u.get("buildingId").asText()));
        project.get("responsibleContractors").forEach(r ->
                assertEquals(mine.id().toString(), r.get("buildingId").asText()));

        String after = inspector.pull("", 1000).json().get("nextCursor").asText();
        assertNotEquals(before.substring(before.indexOf('.')), after.substring(after.indexOf('.')),
                "the scope's fingerprint changes with the building");
        Set<UUID> pulled = entities(inspector);
        assertTrue(pulled.contains(inspectionMine));
        assertFalse(pulled.contains(inspectionOther));
        Set<UUID> snapshot = new HashSet<>();
        BootstrapApiContract.read(inspector.get("/api/v1/sync/bootstrap")).entries()
                .forEach(e -> snapshot.add(UUID.fromString(e.get("operation").get("entity").asText())));
        assertEquals(pulled, snapshot, "the snapshot holds what the pull holds");

        var ops = new TestOps("inspector2", "phone-2");
        JsonNode results = inspector.push(List.of(ops.startInspection(UUID.randomUUID(), inMine.id()),
                ops.startInspection(UUID.randomUUID(), inOther.id()))).json().get("results");
        assertEquals("ACCEPTED", results.get(0).get("status").asText(), results.toString());
        assertEquals("OUT_OF_SCOPE", results.get(1).get("code").asText(), results.toString());
        // Records already there: the one in the assigned building may be changed, the one next door may not.
        JsonNode changes = inspector.push(List.of(
                ops.item(inspectionMine, "LIVING", "F-LIVING-PAINT", ItemResult.PASS, null),
                ops.item(inspectionOther, "LIVING", "F-LIVING-PAINT", ItemResult.PASS, null))).json().get("results");
        assertEquals("ACCEPTED", changes.get(0).get("status").asText(), changes.toString());
        assertEquals("OUT_OF_SCOPE", changes.get(1).get("code").asText(), changes.toString());

        assign("building:" + mine.id(), false);
        assertEquals(null, projectOf(inspector.get("/api/v1/reference").json(), server.demo().project.id()),
                "the building taken back, the project is gone from the reference data");
    }

    @Test
    void theAdminPageListsBuildingsAssignedAndRefusesWhatIsNotThere() {
        assign("building:" + mine.id(), true);
        ConsoleHttp admin = ConsoleHttp.signIn(server.baseUrl(), "admin", TestServer.PASSWORD);
        String page = admin.get("/office/admin").body();
        assertTrue(page.contains("value=\"building:" + mine.id() + "\""), "the building can be chosen");
        assertTrue(page.contains(server.demo().project.name() + " · " + mine.name()), "and is listed as assigned");
        for (String target : new String[] {"building:" + UUID.randomUUID(), "project:" + UUID.randomUUID(),
                "shed:" + mine.id(), "building:x"}) {
            assertEquals(400, admin.post("/office/admin/assignments", Map.of("username", "inspector2",
                    "target", target), true).statusCode(), target);
        }
        assertEquals(400, admin.post("/office/admin/assignments", Map.of("username", "admin",
                "target", "building:" + mine.id()), true).statusCode(), "an admin sees everything already");
        assertEquals(1, server.count("building_assignments"), "nothing stored for a refused form");
    }

    private void assign(String target, boolean add) {
        ConsoleHttp admin = ConsoleHttp.signIn(server.baseUrl(), "admin", TestServer.PASSWORD);
        var response = admin.post(add ? "/office/admin/assignments" : "/office/admin/assignments/remove",
                Map.of("username", "inspector2", "target", target), true);
        assertEquals(303, response.statusCode(), response.body());
    }

    private static Set<UUID> entities(ApiClient.Session session) {
        Set<UUID> out = new HashSet<>();
        session.pull("", 1000).json().get("operations").forEach(e ->
                out.add(UUID.fromString(e.get("operation").get("entity").asText())));
        return out;
    }

    private static JsonNode projectOf(JsonNode reference, UUID projectId) {
        for (JsonNode p : reference.get("projects")) {
            if (p.get("project").get("id").asText().equals(projectId.toString())) {
                return p;
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }
}
