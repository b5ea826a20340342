package com.handover.server.office.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.WorkOrderRow;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.repair.csv.Csv;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 维修月报 and 结算本季度 over HTTP against a real server: the figures, the CSV, and settling once. */
class ContractorReportsTest {

    private static ClockTestServer server;
    private static ConsoleHttp office;

    @BeforeAll
    static void start() {
        server = ClockTestServer.start();
        office = ConsoleHttp.signIn(server.baseUrl(), "office", TestServer.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WorkOrderRow row(UUID id) {
        return server.components().db().read(c -> WorkOrderRows.byId(c, id)).orElseThrow();
    }

    private static long count(String sql, Object... params) {
        return server.components().db().read(c -> Sql.count(c, sql, params));
    }

    /** A repair of the unit, on site, completed at the cost and (when asked) confirmed by all four parties. */
    private static UUID repaired(String unit, long costFen, boolean confirmed) {
        IntakeOutcome taken = server.repairRequest(server.unit(unit), Severity.NORMAL, costFen);
        server.arrive(taken.workOrderId());
        server.complete(taken.workOrderId(), costFen);
        if (confirmed) {
            server.confirmAll(taken.workOrderId());
        }
        return taken.workOrderId();
    }

    @Test
    void theMonthlyReportShowsTheMonthsRepairsPerContractorAndDownloadsAsCsvWithAByteOrderMark() {
        UUID order = repaired("2-1201", 45_600, false);
        UUID contractor = row(order).contractorId();
        RepairReports.Monthly expected = server.clocks().reports().monthly(YearMonth.of(2026, 11));
        RepairReports.ContractorLine line = expected.contractors().stream()
                .filter(l -> l.contractorId().equals(contractor)).findFirst().orElseThrow();
        assertTrue(line.totals().actualCostFen() >= 45_600);

        HttpResponse<String> page = office.get("/office/reports/monthly?month=2026-11");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains(line.name()), "the contractor is listed");
        assertTrue(body.contains(String.format(java.util.Locale.ROOT, "¥%,.2f", line.totals().actualCostFen() / 100.0)),
                "its cost for the month");
        assertTrue(body.contains("month=2026-10") && body.contains("month=2026-12"), "links to the months around it");
        assertTrue(body.contains("href=\"/office/reports/monthly\""), "the navigation has the report");
        assertFalse(body.contains("??"), "every text from the bundles");

        HttpResponse<String> october = office.get("/office/reports/monthly?month=2026-10");
        assertTrue(october.body().contains("本月没有已完工的维修单"), "nothing was completed in October");
        assertEquals(200, office.get("/office/reports/monthly?month=2026-13").statusCode(),
                "an unreadable month shows the current one");
        assertTrue(office.get("/office/reports/monthly?month=abc").body().contains("2026-11"));

        HttpResponse<String> csv = office.get("/office/reports/monthly.csv?month=2026-11");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("repairs-2026-11.csv"));
        assertEquals(Csv.BOM, csv.body().charAt(0));
        List<List<String>> rows = Csv.parse(csv.body(), 10_000);
        assertEquals("施工单位", rows.get(1).get(0));
        List<String> csvLine = rows.stream().filter(r -> r.get(0).equals(line.name())).findFirst().orElseThrow();
        assertEquals(Integer.toString(line.totals().workOrders()), csvLine.get(1));
        assertEquals(java.math.BigDecimal.valueOf(line.totals().actualCostFen(), 2).toPlainString(), csvLine.get(6));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(order.toString())), "the ledger lists the order");
    }

    @Test
    void settlingTheQuarterMarksTheContractorsConfirmedOrdersSettledOnce() {
        UUID confirmed = repaired("2-1301", 12_000, true);
        UUID onlyCompleted = repaired("2-1302", 8_000, false);
        UUID contractor = row(confirmed).contractorId();
        assertEquals(contractor, row(onlyCompleted).contractorId(), "both pipe leaks go to the plumbing contractor");
        long toSettle = count("SELECT COUNT(*) FROM work_orders WHERE contractor_id = ? AND status = 'CONFIRMED'",
                contractor.toString());
        assertTrue(toSettle >= 1);
        String action = "/office/repair/contractors/" + contractor + "/settle";

        long ops = count("SELECT COUNT(*) FROM operations");
        assertEquals(403, office.post(action, Map.of("quarter", "2026-Q4"), false).statusCode(), "no CSRF token");
        assertEquals(400, office.post(action, Map.of("quarter", "2026-Q5"), true).statusCode());
        assertEquals(400, office.post(action, Map.of(), true).statusCode());
        assertEquals(404, office.post("/office/repair/contractors/" + UUID.randomUUID() + "/settle",
                Map.of("quarter", "2026-Q4"), true).statusCode());
        assertEquals(ops, count("SELECT COUNT(*) FROM operations"), "nothing was written by the refused requests");

        HttpResponse<String> first = office.post(action, Map.of("quarter", "2026-Q4"), true);
        assertEquals(303, first.statusCode());
        String location = first.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("settled=" + toSettle), location);
        assertEquals("SETTLED", row(confirmed).status().name());
        assertEquals("2026-Q4", row(confirmed).settledPeriod());
        assertEquals("COMPLETED", row(onlyCompleted).status().name(), "an order not yet confirmed is not settled");
        assertEquals(ops + toSettle, count("SELECT COUNT(*) FROM operations"));
        assertTrue(office.get(location.replace("#settlement", "")).body().contains("新结算 " + toSettle + " 张"));

        HttpResponse<String> second = office.post(action, Map.of("quarter", "2026-Q4"), true);
        assertTrue(second.headers().firstValue("Location").orElseThrow().contains("settled=0"), "nothing new to settle");
        assertEquals(ops + toSettle, count("SELECT COUNT(*) FROM operations"), "a second press writes nothing");
        assertEquals(1, count("SELECT COUNT(*) FROM operations WHERE entity_id = ? AND op_type = 'workorder.settled'",
                confirmed.toString()));
    }
}
