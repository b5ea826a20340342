package com.handover.server.office.repair.revisit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.clock.WorkOrderRows;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.testing.TestServer;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The return visits owed, overdue after the policy's days, recorded from the list, and the 回访率. */
class ReturnVisitPagesTest {

    @Test
    void signedRepairsOweAVisitThatIsRecordedFromTheList() {
        try (ClockTestServer s = ClockTestServer.start()) {
            IntakeOutcome signed = s.repairRequest(s.unit("1-104"), Severity.NORMAL, 60_000);
            IntakeOutcome unsigned = s.repairRequest(s.unit("1-202"), Severity.NORMAL, 60_000);
            s.clock().advance(Duration.ofHours(1));
            for (IntakeOutcome o : new IntakeOutcome[] {signed, unsigned}) {
                s.arrive(o.workOrderId());
                s.complete(o.workOrderId(), 50_000);
            }
            s.confirmAll(signed.workOrderId());
            ReturnVisits visits = new ReturnVisits(s.components(), s.clocks(),
                    new IntakeService(s.components(), s.clocks(), s.components().templateStore()));
            ReturnVisits.Summary before = visits.summary(s.clock().instant());
            assertEquals(1, before.owed().size(), "only the signed repair owes a visit");
            assertEquals(signed.workOrderId(), before.owed().get(0).workOrderId());
            assertFalse(before.owed().get(0).due().overdue());
            assertEquals(new BigDecimal("0.0"), before.ratePercent());

            s.clock().advance(Duration.ofDays(7).plusMinutes(1));
            ConsoleHttp office = ConsoleHttp.signIn(s.baseUrl(), "office", TestServer.PASSWORD);
            String page = office.get(ReturnVisitPages.BASE).body();
            assertTrue(page.contains("revisit-overdue"), "overdue after the policy's 7 days");
            assertTrue(page.contains("1-104"));

            assertTrue(page.contains("<option value=\"\">请选择</option>"),
                    "no score is chosen before the owner gives one");
            HttpResponse<String> unanswered = office.post(ReturnVisitPages.BASE + "/" + signed.workOrderId(),
                    Map.of("satisfaction", "", "note", "x"), true);
            assertEquals(400, unanswered.statusCode(), "a visit without the owner's score is not recorded");
            HttpResponse<String> bad = office.post(ReturnVisitPages.BASE + "/" + signed.workOrderId(),
                    Map.of("satisfaction", "9", "note", "x"), true);
            assertEquals(400, bad.statusCode());
            assertTrue(bad.body().contains("数值超出允许范围"), "the bad figure is named");
            assertNull(s.components().db().read(c -> WorkOrderRows.byId(c, signed.workOrderId())).orElseThrow()
                    .satisfaction(), "nothing stored");
            HttpResponse<String> notOwed = office.post(ReturnVisitPages.BASE + "/" + unsigned.workOrderId(),
                    Map.of("satisfaction", "4"), true);
            assertEquals(400, notOwed.statusCode(), "an unsigned order owes no visit yet");

            HttpResponse<String> ok = office.post(ReturnVisitPages.BASE + "/" + signed.workOrderId(),
                    Map.of("satisfaction", "4", "note", "业主满意"), true);
            assertEquals(3, ok.statusCode() / 100, "redirected back to the list: " + ok.statusCode());
            assertEquals(4, s.components().db().read(c -> WorkOrderRows.byId(c, signed.workOrderId())).orElseThrow()
                    .satisfaction());
            ReturnVisits.Summary after = visits.summary(s.clock().instant());
            assertTrue(after.owed().isEmpty());
            assertEquals(new BigDecimal("100.0"), after.ratePercent());
            assertTrue(office.get("/office/").body().contains("100.0%"), "the 回访率 on the dashboard");
        }
    }
}
