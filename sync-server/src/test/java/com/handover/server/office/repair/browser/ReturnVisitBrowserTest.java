package com.handover.server.office.repair.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.server.clock.ClockTestServer;
import com.handover.server.office.browser.Browser;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.testing.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The 回访 list in Chromium: an overdue visit is marked, recorded from the list, and the rate follows. */
class ReturnVisitBrowserTest {

    private static ClockTestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireOrSkip();
        if (System.getProperty("handover.screenshots") == null) {
            Path classes = Path.of(ReturnVisitBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            System.setProperty("handover.screenshots", classes.getParent().resolve("screenshots").toString());
        }
        server = ClockTestServer.start();
        browser = new Browser(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebElement waitFor(String css) {
        return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    @Test
    void anOverdueReturnVisitIsMarkedAndRecordedFromTheList() {
        IntakeOutcome taken = server.repairRequest(server.unit("1-701"), Severity.NORMAL, 30_000);
        server.clock().advance(Duration.ofHours(1));
        server.arrive(taken.workOrderId());
        server.complete(taken.workOrderId(), 28_000);
        server.confirmAll(taken.workOrderId());
        server.clock().advance(Duration.ofDays(8));
        browser.signIn("office", TestServer.PASSWORD);

        browser.open("/office/");
        assertTrue(waitFor("#kpi-revisit-rate").getText().contains("0.0%"), "nothing visited yet");
        browser.driver().findElement(By.id("kpi-revisit-rate")).click();
        WebElement row = waitFor("#revisit-" + taken.workOrderId());
        assertTrue(row.getText().contains("1号楼 1-701"), row.getText());
        assertTrue(row.findElement(By.cssSelector(".revisit-overdue")).isDisplayed(), "past the 7 days: overdue");
        assertEquals("1", waitFor("#revisits-overdue").getText());
        assertTrue(browser.driver().getPageSource().indexOf("??") < 0, "no missing text key");
        browser.screenshot("repair-revisits");

        new Select(row.findElement(By.name("satisfaction"))).selectByValue("5");
        row.findElement(By.name("note")).sendKeys("业主对维修质量满意");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        waitFor("#revisit-recorded");
        assertTrue(browser.driver().findElements(By.id("revisit-" + taken.workOrderId())).isEmpty());
        assertEquals("100.0%", waitFor("#revisit-rate").getText());
        browser.screenshot("repair-revisits-recorded");
    }
}
