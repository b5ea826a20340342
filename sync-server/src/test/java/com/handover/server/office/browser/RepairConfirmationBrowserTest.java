package com.handover.server.office.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Role;
import com.handover.model.Severity;
import com.handover.model.SignerRole;
import com.handover.model.Signature;
import com.handover.model.Point;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.signoff.WorkOrderContent;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.auth.User;
import com.handover.server.demo.DemoData;
import com.handover.server.sync.ServerOperations;
import com.handover.server.sync.ServerOperations.Draft;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A four-party confirmation that finishes: maintenance and the owner sign on site (through the push path, as
 * the phone does), then the supervisor (监理) and the project department (项目部) each sign in to the console,
 * tick the completed order on the 签认 page and sign once on the pad; the order is then CONFIRMED.
 */
class RepairConfirmationBrowserTest {

    private static final User OFFICE = new User("office", "王客服", Role.OFFICE);
    private static final User MAINTENANCE = new User("maintenance", "李维修", Role.MAINTENANCE);

    private static ConsoleServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        Browser.requireOrSkip();
        server = ConsoleServer.start();
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

    @Test
    void theSupervisorAndTheProjectDepartmentConfirmFromTheConsoleAndTheOrderIsConfirmed() {
        DemoData demo = new DemoData(LocalDate.now());
        UUID unit = demo.units.get(demo.units.size() - 1).id();
        UUID order = completedOrderSignedOnSite(unit, demo.contractors.get(0).id());
        assertEquals(WorkOrderStatus.COMPLETED, state(unit, order).status());

        confirmOnThePage("supervisor", order, "confirm-supervisor");
        assertTrue(state(unit, order).confirmations().containsKey(SignerRole.SUPERVISOR));
        assertEquals("孙监理", state(unit, order).confirmations().get(SignerRole.SUPERVISOR).signature().signerName());
        assertEquals(WorkOrderStatus.COMPLETED, state(unit, order).status(), "three of four parties have signed");

        browser.open("/office/repair/work-orders");
        assertTrue(browser.driver().getCurrentUrl().endsWith("/office/repair/confirmations"),
                "a supervisor's account reaches only the 签认 page");
        signOut();

        confirmOnThePage("projectdept", order, "confirm-project-department");
        WorkOrderState confirmed = state(unit, order);
        assertEquals(WorkOrderStatus.CONFIRMED, confirmed.status());
        assertEquals(WorkOrderState.REQUIRED_CONFIRMATIONS, confirmed.confirmations().keySet());
        signOut();
    }

    @Test
    void aSignatureIsRequiredAndTheOfficeOnlyLooks() {
        DemoData demo = new DemoData(LocalDate.now());
        UUID unit = demo.units.get(demo.units.size() - 2).id();
        UUID order = completedOrderSignedOnSite(unit, demo.contractors.get(1).id());
        browser.signIn("supervisor", ConsoleServer.PASSWORD);
        browser.open("/office/repair/confirmations");
        tick(order);
        browser.driver().findElement(By.id("confirm-submit")).click();
        browser.waiting().until(d -> !d.findElements(By.id("confirm-message")).isEmpty());
        assertTrue(browser.driver().findElement(By.id("confirm-message")).getText().contains("请先签名"));
        assertEquals(WorkOrderStatus.COMPLETED, state(unit, order).status());
        signOut();

        browser.signIn("office", ConsoleServer.PASSWORD);
        browser.open("/office/repair/confirmations");
        assertTrue(browser.driver().findElements(By.id("confirm-submit")).isEmpty(), "the office signs nothing");
        assertTrue(browser.driver().findElement(By.cssSelector("main")).getText().contains("待监理签认"));
        signOut();
    }

    private static void confirmOnThePage(String username, UUID order, String screenshot) {
        browser.signIn(username, ConsoleServer.PASSWORD);
        assertTrue(browser.driver().getCurrentUrl().endsWith("/office/repair/confirmations"),
                "the confirming parties land on the 签认 page: " + browser.driver().getCurrentUrl());
        tick(order);
        WebElement pad = browser.driver().findElement(By.cssSelector("canvas.signature-pad"));
        new Actions(browser.driver()).moveToElement(pad, -120, -20).clickAndHold().moveByOffset(60, 30)
                .moveByOffset(60, -25).moveByOffset(50, 20).release().perform();
        browser.screenshot(screenshot);
        browser.driver().findElement(By.id("confirm-submit")).click();
        browser.waiting().until(d -> !d.findElements(By.id("confirm-message")).isEmpty());
        assertEquals("已签认 1 张维修单。", browser.driver().findElement(By.id("confirm-message")).getText());
    }

    private static void tick(UUID order) {
        browser.driver().findElement(By.cssSelector("input[name=order][value='" + order + "']")).click();
    }

    private static void signOut() {
        browser.driver().findElement(By.cssSelector("form[action='/office/logout'] button")).click();
        browser.waiting().until(d -> d.getCurrentUrl().contains("/office/login"));
    }

    /** An owner's repair, assigned by the office, completed by maintenance and confirmed on site by both. */
    private static UUID completedOrderSignedOnSite(UUID unit, UUID contractor) {
        ServerOperations writer = server.components().operations();
        UUID order = UUID.randomUUID();
        Instant now = server.components().clock().instant();
        writer.write(OFFICE, List.of(
                Draft.of(OperationType.WORK_ORDER_CREATED, order, new WorkOrderOps.Created(unit,
                        WorkOrderSource.OWNER_REPORT, null, null, "KITCHEN", "厨房水槽下方渗水", Severity.NORMAL,
                        null, 30_000, false, now)),
                Draft.of(OperationType.WORK_ORDER_ASSIGNED, order, new WorkOrderOps.Assigned(contractor,
                        "maintenance"))));
        writer.write(MAINTENANCE, List.of(
                Draft.of(OperationType.WORK_ORDER_ARRIVED, order, new WorkOrderOps.Arrived(now)),
                Draft.of(OperationType.WORK_ORDER_COMPLETED, order, new WorkOrderOps.Completed("更换下水管接头",
                        28_000, List.of(), List.of()))));
        String hash = WorkOrderContent.of(state(unit, order)).hash();
        writer.write(MAINTENANCE, List.of(
                Draft.of(OperationType.WORK_ORDER_CONFIRMED, order, new WorkOrderOps.Confirmed(
                        signature(SignerRole.MAINTENANCE, "李维修"), hash)),
                Draft.of(OperationType.WORK_ORDER_CONFIRMED, order, new WorkOrderOps.Confirmed(
                        signature(SignerRole.OWNER, "业主张先生"), hash))));
        return order;
    }

    private static Signature signature(SignerRole role, String name) {
        return new Signature(role, name, List.of(new Stroke(List.of(new Point(1000, 2000), new Point(6000, 5000)))),
                server.components().clock().instant());
    }

    private static WorkOrderState state(UUID unit, UUID order) {
        return server.components().clocks().records().of(unit).workOrders().get(order);
    }
}
