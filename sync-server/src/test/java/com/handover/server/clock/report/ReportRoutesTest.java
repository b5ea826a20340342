package com.handover.server.clock.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.testing.ApiClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The monthly repair report and the quarterly settlement over real HTTP: three repairs completed in November
 * 2026 (one by the contractor in time, one self-repaired at 200 %, one emergency self-repaired at cost); the
 * first two signed by all four parties, the emergency not yet, so only the first two are settled.
 */
class ReportRoutesTest {

    private static ClockTestServer server;
    private static ApiClient.Session office;
    private static ApiClient.Session inspector;
    private static IntakeOutcome onTime;

    @BeforeAll
    static void repairs() {
        server = ClockTestServer.start();
        onTime = server.repairRequest(server.unit("1-101"), Severity.NORMAL, 50_000);
        IntakeOutcome late = server.repairRequest(server.unit("1-102"), Severity.NORMAL, 70_000);
        IntakeOutcome emergency = server.repairRequest(server.unit("1-103"), Severity.EMERGENCY, 20_000);
        server.clock().advance(Duration.ofHours(1));
        server.arrive(onTime.workOrderId());
        server.complete(onTime.workOrderId(), 45_000);
        server.clock().advance(Duration.ofHours(30));
        var office = ClockTestServer.user("office");
        server.clocks().escalations().escalate(late.workOrderId(), office, "超时", server.clock().instant(), true, false);
        server.complete(late.workOrderId(), 80_000);
        server.complete(emergency.workOrderId(), 30_000);
        server.confirmAll(onTime.workOrderId());
        server.confirmAll(late.workOrderId());
        ApiClient api = new ApiClient(server.baseUrl());
        ReportRoutesTest.office = api.login("office", "office-pc");
        inspector = api.login("inspector", "inspector-phone");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theMonthlyReportTotalsTheRepairsCompletedInTheMonth() {
        ApiClient.Response r = office.get(ReportRoutes.MONTHLY + "?month=2026-11");
        assertEquals(200, r.code(), r.body());
        JsonNode json = r.json();
        assertEquals("2026-11", json.get("month").asText());
        JsonNode total = json.get("total");
        assertEquals(3, total.get("workOrders").asInt());
        assertEquals(1, total.get("onTime").asInt());
        assertEquals(2, total.get("selfRepaired").asInt());
        assertEquals(1, total.get("emergencies").asInt());
        assertEquals(155_000, total.get("actualCostFen").asLong());
        assertEquals(160_000 + 30_000, total.get("chargebackFen").asLong(), "200 % of 800 yuan + the emergency at cost");
        assertEquals(3, json.get("lines").size(), "the ledger lists every counted order");
        assertEquals(0, office.get(ReportRoutes.MONTHLY + "?month=2026-10").json().get("total").get("workOrders").asInt());
    }

    @Test
    void theQuarterlySettlementListsEveryContractorWithItsDepositAfterDeductions() {
        ApiClient.Response r = office.get(ReportRoutes.SETTLEMENT + "?quarter=2026-Q4");
        assertEquals(200, r.code(), r.body());
        JsonNode json = r.json();
        assertEquals("2026-Q4", json.get("quarter").asText());
        assertEquals("2026-10-01", json.get("firstDay").asText());
        assertEquals("2026-12-31", json.get("lastDay").asText());
        assertEquals(5, json.get("contractors").size(), "every demo contractor is settled, also with nothing due");
        JsonNode plumbing = null;
        for (JsonNode k : json.get("contractors")) {
            if (k.get("name").asText().contains("给排水")) {
                plumbing = k;
            }
        }
        assertEquals(2, plumbing.get("totals").get("workOrders").asInt(), "the unconfirmed emergency is not settled yet");
        assertEquals(40_000_000L - 160_000, plumbing.get("depositAfterFen").asLong());
        assertEquals(0, office.get(ReportRoutes.SETTLEMENT + "?quarter=2026-Q3").json().get("total").get("workOrders").asInt());
    }

    @Test
    void onlyOfficeAndAdminUsersMayReadReports() {
        ApiClient.Response r = inspector.get(ReportRoutes.MONTHLY + "?month=2026-11");
        assertEquals(403, r.code());
        assertEquals("FORBIDDEN", r.errorCode());
        assertEquals(401, new ApiClient(server.baseUrl()).send("GET", ReportRoutes.SETTLEMENT + "?quarter=2026-Q4",
                null, null, java.util.Map.of()).code());
    }

    @Test
    void aMalformedPeriodIsRefusedWithTheFieldNamed() {
        for (String bad : new String[] {"", "?month=2026-13", "?month=26-11", "?month=2026-11-01", "?month=<b>"}) {
            ApiClient.Response r = office.get(ReportRoutes.MONTHLY + bad);
            assertEquals(400, r.code(), bad);
            assertEquals("VALIDATION", r.errorCode(), bad);
            assertEquals("month", r.json().get("error").get("field").asText());
        }
        for (String bad : new String[] {"", "?quarter=2026-Q5", "?quarter=2026Q4", "?quarter=1999-Q1"}) {
            ApiClient.Response r = office.get(ReportRoutes.SETTLEMENT + bad);
            assertEquals(400, r.code(), bad);
            assertTrue(r.body().contains("\"quarter\""), bad);
        }
    }
}
