package com.handover.server.office.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Console B's forms refuse bad input with a readable 4xx page and store nothing of it. */
class RepairFormsTest {

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

    private static long count(String table) {
        return server.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM " + table));
    }

    private static Map<String, String> intake() {
        Map<String, String> f = new HashMap<>();
        f.put("unit", server.unit("1-1101").id().toString());
        f.put("kind", "REPAIR");
        f.put("channel", "PHONE");
        f.put("category", "HOUSING_QUALITY");
        f.put("urgency", "NORMAL");
        f.put("room", "KITCHEN");
        f.put("warrantyCategory", "PIPE_LEAK");
        f.put("description", "厨房水槽下渗水");
        f.put("estimatedCost", "300");
        return f;
    }

    @Test
    void badIntakeFieldsAreRefusedWithTheFieldNamedAndNothingIsStored() {
        long ops = count("operations");
        Map<String, Map.Entry<String, String>> cases = Map.of(
                "no description", Map.entry("description", " "),
                "unit not an id", Map.entry("unit", "1-1101' OR 1=1 --"),
                "unknown channel", Map.entry("channel", "PIGEON"),
                "money with letters", Map.entry("estimatedCost", "三百"),
                "money with three decimals", Map.entry("estimatedCost", "1.005"),
                "room the unit lacks", Map.entry("room", "GARAGE"),
                "unknown category", Map.entry("warrantyCategory", "TELEPORTER"),
                "control character", Map.entry("description", "漏水\u0007"));
        for (var e : cases.entrySet()) {
            Map<String, String> f = intake();
            f.put(e.getValue().getKey(), e.getValue().getValue());
            HttpResponse<String> r = office.post("/office/repair/intake", f, true);
            assertEquals(400, r.statusCode(), e.getKey());
            assertTrue(r.body().contains("alert-error"), e.getKey());
        }
        assertEquals(ops, count("operations"), "nothing of a refused request is stored");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
        long ops = count("operations");
        assertEquals(403, office.post("/office/repair/intake", intake(), false).statusCode());
        assertEquals(403, office.post("/office/repair/templates/FINISHED/draft/new", Map.of(), false).statusCode());
        assertEquals(ops, count("operations"));
        assertEquals(0, count("checklist_template_drafts"));
    }

    @Test
    void textWithHtmlIsStoredVerbatimAndShownAsText() {
        Map<String, String> f = intake();
        f.put("description", "<script>alert('x')</script><b>漏水</b>");
        HttpResponse<String> r = office.post("/office/repair/intake", f, true);
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        String page = office.get(location).body();
        assertFalse(page.contains("<script>alert"), "never rendered as markup");
        assertTrue(page.contains("&lt;script&gt;alert("), page.substring(0, 200));
    }

    @Test
    void anOrderSomeoneReachedCannotBeEscalatedOrReassigned() {
        IntakeOutcome taken = server.repairRequest(server.unit("1-1102"), Severity.NORMAL, 10_000);
        server.arrive(taken.workOrderId());
        long ops = count("operations");
        HttpResponse<String> r = office.post("/office/repair/work-orders/" + taken.workOrderId() + "/escalate",
                Map.of("reason", "试试"), true);
        assertEquals(409, r.statusCode());
        r = office.post("/office/repair/work-orders/" + taken.workOrderId() + "/assign",
                Map.of("contractor", server.demo().contractors.get(0).id().toString()), true);
        assertEquals(409, r.statusCode());
        assertEquals(ops, count("operations"));
        assertEquals(404, office.get("/office/repair/work-orders/not-an-id").statusCode());
        assertEquals(404, office.get("/office/repair/work-orders/" + java.util.UUID.randomUUID()).statusCode());
    }

    @Test
    void aComplaintIsAnsweredThenClosedByTheReturnVisitAfterTheConfirmedRepair() {
        IntakeOutcome taken = server.repairRequest(server.unit("1-1103"), Severity.NORMAL, 10_000);
        String path = "/office/repair/complaints/" + taken.complaintId();
        assertEquals(409, office.post(path + "/revisit", Map.of("satisfaction", "5"), true).statusCode(),
                "no return visit before the repair is confirmed");
        assertEquals(303, office.post(path + "/answer", Map.of("answer", "已派维修，明日上午到场"), true).statusCode());
        server.arrive(taken.workOrderId());
        server.complete(taken.workOrderId(), 9_000);
        server.confirmAll(taken.workOrderId());
        assertEquals(400, office.post(path + "/revisit", Map.of("satisfaction", "6"), true).statusCode());
        assertEquals(303, office.post(path + "/revisit", Map.of("satisfaction", "4", "note", "基本满意"), true)
                .statusCode());
        String page = office.get(path).body();
        assertTrue(page.contains("已回访结案"), "the loop is closed");
        int satisfaction = server.components().db().read(c -> Sql.queryOne(c,
                "SELECT satisfaction FROM work_orders WHERE id = ?", rs -> rs.getInt(1), taken.workOrderId())).orElseThrow();
        assertEquals(4, satisfaction, "the return visit is recorded on the work order too");
    }

    @Test
    void aTemplateFileThatIsNotATemplateIsRefusedAndNoDraftIsKept() throws Exception {
        String boundary = "----b" + System.nanoTime();
        String csrf = office.get("/office/repair/templates").body().replaceAll("(?s).*name=\"csrf-token\" content=\"([^\"]+)\".*", "$1");
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"code\"\r\n\r\nFINISHED\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nroom,item\r\nLIVING,砖\r\n--" + boundary + "--\r\n";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/office/repair/templates/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        var field = ConsoleHttp.class.getDeclaredField("http");
        field.setAccessible(true);
        var http = (java.net.http.HttpClient) field.get(office);
        var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("room_code"), "says which columns are expected");
        assertEquals(0, count("checklist_template_drafts"));
    }
}
