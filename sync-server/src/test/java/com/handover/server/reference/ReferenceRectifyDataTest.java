package com.handover.server.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.Severity;
import com.handover.model.rectify.Rectification;
import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Unit;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.store.SiteStore;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What an inspector's phone needs to send a handover defect for 整改 offline: each building's responsible
 * contractors and the repairers who may be sent; and the server takes the three operations the phone then writes.
 */
class ReferenceRectifyDataTest {

    @Test
    void inspectorsGetResponsibleContractorsAndActiveRepairersOthersDoNot() throws Exception {
        try (TestServer server = TestServer.start()) {
            Building building = server.demo().buildings.get(0);
            Contractor contractor = server.demo().contractors.get(0);
            var c = server.components();
            c.db().write(conn -> {
                c.sites().saveResponsibilities(conn, List.of(building.id()),
                        List.of(new SiteStore.Responsibility(building.id(), "WINDOWS_DOORS", contractor.id())));
                c.accounts().setDisabled(conn, "maintenance2", true);
                return null;
            });
            ApiClient api = new ApiClient(server.baseUrl());
            JsonNode inspector = api.login("inspector", "phone-1").get("/api/v1/reference").json();
            assertEquals(List.of("李维修"), names(inspector.get("repairers")), "active maintenance accounts only");
            assertEquals("maintenance", inspector.get("repairers").get(0).get("username").textValue());
            JsonNode responsible = inspector.get("projects").get(0).get("responsibleContractors");
            assertTrue(contains(responsible, building.id(), "WINDOWS_DOORS", contractor.id()), responsible.toString());

            JsonNode office = api.login("office", "desk-1").get("/api/v1/reference").json();
            assertTrue(contains(office.get("projects").get(0).get("responsibleContractors"), building.id(),
                    "WINDOWS_DOORS", contractor.id()), "the office sends defects for 整改 too");
            for (String user : new String[] {"maintenance", "supervisor", "projectdept"}) {
                JsonNode other = api.login(user, "phone-" + user).get("/api/v1/reference").json();
                assertTrue(other.get("repairers").isEmpty(), user + " sends nothing for 整改");
                other.get("projects").forEach(project -> assertTrue(project.get("responsibleContractors").isEmpty(),
                        user + " is not given who answers for each trade: " + project.get("responsibleContractors")));
            }
        }
    }

    @Test
    void anInspectorsRectificationIsAcceptedAndReachesTheRepairer() throws Exception {
        try (TestServer server = TestServer.start()) {
            Unit unit = server.demo().units.get(0);
            Contractor contractor = server.demo().contractors.get(0);
            TestOps ops = new TestOps("inspector", "phone-1");
            UUID inspection = UUID.randomUUID();
            UUID defect = UUID.randomUUID();
            UUID order = UUID.randomUUID();
            var steps = Rectification.steps(new Rectification.Defect(defect, unit.id(), "LIVING", "墙面开裂",
                    Severity.NORMAL, "PLASTER"), contractor.id(), "maintenance", LocalDate.now().plusDays(7), 0,
                    Instant.now());
            List<Operation> batch = new ArrayList<>(List.of(ops.startInspection(inspection, unit.id()),
                    ops.openDefect(defect, unit.id(), inspection, "墙面开裂")));
            batch.add(ops.op(OperationType.WORK_ORDER_CREATED, order, null, steps.created()));
            batch.add(ops.op(OperationType.WORK_ORDER_ASSIGNED, order, null, steps.assigned()));
            batch.add(ops.op(OperationType.DEFECT_ASSIGNED, defect, null, steps.defectAssigned()));
            ApiClient api = new ApiClient(server.baseUrl());
            JsonNode results = api.login("inspector", "phone-1").push(batch).json().get("results");
            for (JsonNode r : results) {
                assertEquals("ACCEPTED", r.get("status").textValue(), r.toString());
            }
            JsonNode pulled = api.login("maintenance", "phone-m").pull(null, null).json();
            assertTrue(pulled.toString().contains(order.toString()), "the repairer's phone pulls the 整改 order");
            WorkOrderState stored = server.components().clocks().records().of(unit.id()).workOrders().get(order);
            assertEquals("maintenance", stored.assignee());
            assertEquals(contractor.id(), stored.contractorId());
        }
    }

    private static List<String> names(JsonNode repairers) {
        List<String> out = new ArrayList<>();
        repairers.forEach(r -> out.add(r.get("name").textValue()));
        return out;
    }

    private static boolean contains(JsonNode assignments, UUID building, String trade, UUID contractor) {
        for (JsonNode a : assignments) {
            if (a.get("buildingId").textValue().equals(building.toString()) && a.get("trade").textValue().equals(trade)
                    && a.get("contractorId").textValue().equals(contractor.toString())) {
                return true;
            }
        }
        return false;
    }
}
