package com.handover.server.office.disputes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ComplaintCategory;
import com.handover.model.ComplaintDepartment;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import com.handover.model.site.Unit;
import com.handover.model.sync.state.ComplaintState;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.office.repair.intake.IntakeRequest;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.reference.TemplateStore;
import com.handover.server.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A complaint that is not a repair, through the console: 处置 with the responsible department and the 处理方案
 * (SM03-08), escalation as a major complaint, judged 有效; shown on the complaint page, the list (with its filters)
 * and the unit's timeline; bad forms are refused with what was missing and store nothing.
 */
class ComplaintHandlingConsoleTest {

    @Test
    void theOfficeHandlesEscalatesAndJudgesAComplaint() {
        try (ClockTestServer s = ClockTestServer.start()) {
            Unit unit = s.unit("1-104");
            UUID id = complaint(s, unit, "小区绿化与销售时承诺的不符");
            UUID other = complaint(s, s.unit("1-201"), "付款后未收到发票");
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            String path = "/office/repair/complaints/" + id;

            String page = office.get(path).body();
            assertTrue(page.contains("尚未处置"));
            assertTrue(page.contains("<option value=\"DESIGN\" selected>设计部</option>"),
                    "a 规划设计 complaint goes to the 设计部 first: " + page);

            assertEquals(303, office.post(path + "/handle", Map.of("department", "DESIGN",
                    "plan", "设计部核对规划图纸，三日内书面答复业主", "handler", "赵工"), true).statusCode());
            assertEquals(303, office.post(path + "/escalate", Map.of("escalatedTo", "李经理",
                    "reason", "二十余户联名投诉"), true).statusCode());
            assertEquals(303, office.post(path + "/judge", Map.of("valid", "true",
                    "reason", "与销售承诺不符，属有效投诉"), true).statusCode());

            ComplaintState k = s.clocks().records().of(unit.id()).complaints().get(id);
            assertEquals(ComplaintDepartment.DESIGN, k.handling().department());
            assertEquals("赵工", k.handling().handler());
            assertEquals("office", k.handling().by());
            assertEquals("李经理", k.escalation().escalatedTo());
            assertTrue(k.validity().valid());

            page = office.get(path).body();
            assertTrue(page.contains("设计部核对规划图纸，三日内书面答复业主"));
            assertTrue(page.contains("id=\"major\""), "shown as a major complaint");
            assertTrue(page.contains("李经理：二十余户联名投诉"));
            assertTrue(page.contains("有效投诉"));

            String majors = office.get("/office/repair/intake?major=1").body();
            assertTrue(majors.contains(path), "the major complaint is listed");
            assertFalse(majors.contains("/office/repair/complaints/" + other), "the other is not");
            String design = office.get("/office/repair/intake?department=DESIGN&validity=VALID").body();
            assertTrue(design.contains(path));
            String unjudged = office.get("/office/repair/intake?validity=UNJUDGED").body();
            assertTrue(unjudged.contains("/office/repair/complaints/" + other));
            assertFalse(unjudged.contains(path + "\""));

            String timeline = office.get("/office/units/" + unit.id()).body();
            assertTrue(timeline.contains("处置：设计部，设计部核对规划图纸，三日内书面答复业主"), timeline);
            assertTrue(timeline.contains("上报重大投诉给 李经理：二十余户联名投诉"));
            assertTrue(timeline.contains("判定为有效投诉：与销售承诺不符，属有效投诉"));
        }
    }

    @Test
    void aFormWithoutItsRequiredFieldsIsRefusedAndNothingIsStored() {
        try (ClockTestServer s = ClockTestServer.start()) {
            Unit unit = s.unit("1-104");
            UUID id = complaint(s, unit, "物业费收取标准与合同不符");
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            String path = "/office/repair/complaints/" + id;

            HttpResponse<String> noPlan = office.post(path + "/handle", Map.of("department", "SALES", "plan", " "), true);
            assertEquals(400, noPlan.statusCode());
            assertTrue(noPlan.body().contains("请填写处理方案"), noPlan.body());
            HttpResponse<String> badDepartment = office.post(path + "/handle", Map.of("department", "LEGAL",
                    "plan", "转法务"), true);
            assertEquals(400, badDepartment.statusCode());
            assertTrue(badDepartment.body().contains("请选择责任部门"));
            HttpResponse<String> noOne = office.post(path + "/escalate", Map.of("reason", "业主情绪激动"), true);
            assertEquals(400, noOne.statusCode());
            assertTrue(noOne.body().contains("请填写上报给谁"));
            HttpResponse<String> noChoice = office.post(path + "/judge", Map.of("reason", "已核实"), true);
            assertEquals(400, noChoice.statusCode());
            assertTrue(noChoice.body().contains("请选择有效或无效"));
            HttpResponse<String> noReason = office.post(path + "/judge", Map.of("valid", "false"), true);
            assertEquals(400, noReason.statusCode());
            assertTrue(noReason.body().contains("请写明判定理由"));
            assertEquals(403, office.post(path + "/judge", Map.of("valid", "false", "reason", "x"), false).statusCode(),
                    "no form without the session's token");

            ComplaintState k = s.clocks().records().of(unit.id()).complaints().get(id);
            assertNull(k.handling());
            assertNull(k.escalation());
            assertNull(k.validity());
            assertEquals(404, office.post("/office/repair/complaints/" + UUID.randomUUID() + "/judge",
                    Map.of("valid", "true", "reason", "x"), true).statusCode());
        }
    }

    @Test
    void anInvalidComplaintSaysSoWithItsReason() {
        try (ClockTestServer s = ClockTestServer.start()) {
            UUID id = complaint(s, s.unit("1-104"), "要求更换小区名称");
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            String path = "/office/repair/complaints/" + id;
            office.post(path + "/judge", Map.of("valid", "false", "reason", "不属公司职责，已告知业主向街道办反映"), true);
            String page = office.get(path).body();
            assertTrue(page.contains("无效投诉"));
            assertTrue(page.contains("不属公司职责，已告知业主向街道办反映"));
            assertTrue(office.get("/office/repair/intake?validity=INVALID").body().contains(path));
        }
    }

    private static UUID complaint(ClockTestServer s, Unit unit, String what) {
        IntakeService intake = new IntakeService(s.components(), s.clocks(), new TemplateStore(s.components().db()));
        IntakeOutcome taken = intake.take(new IntakeRequest(unit.id(), IntakeRequest.Kind.COMPLAINT, IntakeChannel.PHONE,
                what.contains("发票") ? ComplaintCategory.PAYMENT : ComplaintCategory.PLANNING_DESIGN, null, null, what,
                Severity.NORMAL, "张华", "13912345678", 0), ClockTestServer.user("office"));
        return taken.complaintId();
    }
}
