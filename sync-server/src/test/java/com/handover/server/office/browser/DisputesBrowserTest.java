package com.handover.server.office.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ComplaintCategory;
import com.handover.model.IntakeChannel;
import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.office.repair.intake.IntakeRequest;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.reference.TemplateStore;
import com.handover.server.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium: the office handles a complaint (处置, 重大投诉, 有效) on its page, finds it with the list's filters,
 * and reads on a work order reported after the contractor's warranty why nothing was deducted. Screenshots at
 * 1440 and 390 px wide.
 */
class DisputesBrowserTest {

    @BeforeAll
    static void chromium() {
        Browser.requireOrSkip();
    }

    @Test
    void aComplaintIsHandledEscalatedAndJudgedInTheBrowser() {
        try (ClockTestServer s = ClockTestServer.start(); Browser b = new Browser(s.baseUrl())) {
            UUID id = new IntakeService(s.components(), s.clocks(), new TemplateStore(s.components().db()))
                    .take(new IntakeRequest(s.unit("1-104").id(), IntakeRequest.Kind.COMPLAINT, IntakeChannel.PHONE,
                            ComplaintCategory.PLANNING_DESIGN, null, null, "小区绿化与销售时承诺的不符", Severity.NORMAL,
                            "张华", "13912345678", 0), ClockTestServer.user("office")).complaintId();
            b.signIn("office", TestServer.PASSWORD);
            b.open("/office/repair/complaints/" + id);
            assertEquals("DESIGN", new Select(b.driver().findElement(By.name("department")))
                    .getFirstSelectedOption().getAttribute("value"), "the 规划设计 class goes to the 设计部 first");
            b.driver().findElement(By.name("plan")).sendKeys("设计部核对规划图纸，三日内书面答复业主");
            b.driver().findElement(By.name("handler")).sendKeys("赵工");
            b.driver().findElement(By.id("handle-submit")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("handling-plan"), "三日内书面答复业主"));

            b.driver().findElement(By.name("escalatedTo")).sendKeys("李经理");
            b.driver().findElement(By.cssSelector("form[action$='/escalate'] textarea[name=reason]")).sendKeys("二十余户联名投诉");
            b.driver().findElement(By.id("escalate-submit")).click();
            b.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("major")));

            for (int width : new int[] {1440, 820, 390}) {
                b.driver().manage().window().setSize(new Dimension(width, 1200));
                besideItsLabel(b, "input[name=valid][value=true]");
                besideItsLabel(b, "input[name=valid][value=false]");
            }
            b.driver().findElement(By.cssSelector("input[name=valid][value=true]")).click();
            b.driver().findElement(By.cssSelector("form[action$='/judge'] textarea[name=reason]")).sendKeys("与销售承诺不符");
            b.driver().findElement(By.id("judge-submit")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("validity"), "有效投诉"));
            shoot(b, "disputes-complaint", "/office/repair/complaints/" + id + "#handling");

            b.open("/office/repair/intake?major=1");
            assertTrue(b.driver().findElement(By.tagName("table")).getText().contains("重大投诉"));
            for (int width : new int[] {1440, 820, 390}) {
                b.driver().manage().window().setSize(new Dimension(width, 1200));
                besideItsLabel(b, "#complaint-filter input[name=major]");
            }
            shoot(b, "disputes-complaint-list", "/office/repair/intake?major=1");
        }
    }

    @Test
    void anOrderReportedAfterTheContractorsWarrantyShowsWhyNothingIsDeducted() {
        try (ClockTestServer s = ClockTestServer.start(); Browser b = new Browser(s.baseUrl())) {
            s.clock().advance(Duration.between(ClockTestServer.START, Instant.parse("2027-12-01T02:00:00Z")));
            s.handOver(s.unit("1-104"));
            s.clock().advance(Duration.ofDays(240));
            UUID order = s.repairRequest(s.unit("1-104"), Severity.EMERGENCY, 30_000).workOrderId();
            s.complete(order, 45_000);
            b.signIn("office", TestServer.PASSWORD);
            b.open("/office/repair/work-orders/" + order);
            assertTrue(b.driver().findElement(By.id("outside-window")).getText().contains("不扣质保金"));
            assertEquals("¥0.00", b.driver().findElement(By.id("chargeback")).getText());
            shoot(b, "disputes-order-outside-window", "/office/repair/work-orders/" + order);
        }
    }

    @Test
    void aContractorsObjectionIsRecordedAndDecidedInTheBrowser() {
        try (ClockTestServer s = ClockTestServer.start(); Browser b = new Browser(s.baseUrl())) {
            UUID order = s.selfRepairedAndConfirmed("1-104", 50_000);
            UUID onTime = s.repairRequest(s.unit("1-104"), Severity.NORMAL, 20_000).workOrderId();
            s.arrive(onTime);
            s.complete(onTime, 20_000);
            s.confirmAll(onTime);
            UUID contractor = s.components().db().read(c -> com.handover.server.clock.WorkOrderRows.byId(c, order))
                    .orElseThrow().contractorId();
            b.signIn("office", TestServer.PASSWORD);
            b.open("/office/repair/contractors?quarter=2026-Q4");
            b.driver().findElement(By.linkText("扣款与异议")).click();
            for (UUID each : List.of(order, onTime)) {
                assertTrue(b.driver().findElement(By.cssSelector("#order-" + each + " .repaired")).getText()
                        .contains("卫生间下水管渗水"), "each deduction says what was repaired");
            }
            assertTrue(b.driver().findElements(By.cssSelector("#order-" + onTime + " summary")).isEmpty(),
                    "no objection is taken where nothing was deducted");
            assertTrue(b.driver().findElement(By.cssSelector("#order-" + onTime + " .no-objection")).getText()
                    .contains("没有扣款"));
            b.driver().findElement(By.cssSelector("#order-" + order + " summary")).click();
            b.driver().findElement(By.cssSelector("#order-" + order + " textarea[name=reason]")).sendKeys("未接到维修通知");
            b.driver().findElement(By.cssSelector("#order-" + order + " input[name=receivedBy]")).sendKeys("陈静");
            b.driver().findElement(By.cssSelector("#order-" + order + " .record-objection")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("settlement-state"), "待确认"));
            String path = "/office/repair/contractors/" + contractor + "/objections?quarter=2026-Q4";
            shoot(b, "disputes-objection-open", path);

            b.driver().manage().window().setSize(new Dimension(1440, 1000));
            b.open(path);
            new Select(b.driver().findElement(By.cssSelector("#order-" + order + " select[name=decision]")))
                    .selectByValue("WITHDRAW");
            b.driver().findElement(By.cssSelector("#order-" + order + " textarea[name=reason]")).sendKeys("通知未送达，撤销扣款");
            b.driver().findElement(By.cssSelector("#order-" + order + " .decide-objection")).click();
            b.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("settlement-state"), "无未处理异议"));
            assertEquals("¥0.00", b.driver().findElement(By.id("settlement-chargeback")).getText());
            assertTrue(b.driver().findElements(By.cssSelector("#order-" + order + " summary")).isEmpty(),
                    "a withdrawn deduction leaves nothing to object to, as the order with none");
            assertTrue(b.driver().findElement(By.cssSelector("#order-" + order + " .no-objection")).getText()
                    .contains("没有扣款"));
            shoot(b, "disputes-objection-decided", path);
        }
    }

    /** The checkbox or radio button sits on its label's line, not above it. */
    private static void besideItsLabel(Browser b, String css) {
        WebElement input = b.driver().findElement(By.cssSelector(css));
        WebElement label = input.findElement(By.xpath("ancestor::label[1]"));
        Rectangle box = input.getRect();
        Rectangle line = label.getRect();
        assertTrue(line.getHeight() < 2 * Math.max(box.getHeight(), 18)
                        && Math.abs((box.getY() + box.getHeight() / 2.0) - (line.getY() + line.getHeight() / 2.0)) <= 3,
                css + " beside «" + label.getText() + "»: " + box + " in " + line);
    }

    private static void shoot(Browser b, String name, String path) {
        for (int width : new int[] {1440, 390}) {
            b.driver().manage().window().setSize(new Dimension(width, 2200));
            b.open(path);
            b.screenshot(name + "-" + width);
        }
    }
}
