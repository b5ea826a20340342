package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.testing.FxDirectTaskRunner;
import com.handover.mobile.testing.LiveDevice;
import com.handover.mobile.testing.LiveServer;
import com.handover.mobile.testing.UiShell;
import com.handover.mobile.ui.workorders.WorkOrderView;
import com.handover.mobile.ui.workorders.WorkOrdersView;
import com.handover.model.Severity;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.demo.DemoData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A repairer's phone against the real server: the office assigns a work order; the repairer signs in, checks in,
 * photographs before and after, completes the repair, the owner and the repairer sign, and a sync brings every
 * operation and photo to the server, where the office sees the confirmed repair.
 */
class MaintenanceFlowTest {

    @TempDir
    Path dir;
    LiveServer server;
    LiveDevice office;
    LiveDevice phone;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        for (AutoCloseable c : new AutoCloseable[] {phone, office, server}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void aRepairerClosesAWorkOrderWithTheOwnersConfirmationAndTheOperationsReachTheServer() throws Exception {
        server = LiveServer.start(dir.resolve("server"));
        office = new LiveDevice(dir.resolve("office"), "office-pc").signIn(server, "office");
        UUID order = UUID.randomUUID();
        office.app().replica().record(OperationType.WORK_ORDER_CREATED, order, new WorkOrderOps.Created(
                LiveServer.unit("1-101"), WorkOrderSource.OWNER_REPORT, null, null, "KITCHEN", "厨房水槽下水管渗漏",
                Severity.NORMAL, "PIPE_LEAK", 50_000, false, office.app().clock().instant().minus(Duration.ofHours(3))));
        office.app().replica().record(OperationType.WORK_ORDER_ASSIGNED, order,
                new WorkOrderOps.Assigned(DemoData.contractorId("plumbing"), "maintenance"));
        assertNull(office.sync().problem());

        phone = new LiveDevice(dir.resolve("phone"), "repair-phone", new FxDirectTaskRunner());
        UiShell ui = UiShell.show(phone.app(), phone.composition.deadlines());
        robot.clickOn("#server-url").write(server.url());
        robot.clickOn("#username").write("maintenance");
        robot.clickOn("#password").write(server.password("maintenance"));
        robot.clickOn("#sign-in");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#order-" + order).tryQuery().isPresent());
        assertTrue(ui.navigator().current() instanceof WorkOrdersView);

        robot.clickOn("#order-" + order);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.navigator().current() instanceof WorkOrderView);
        robot.clickOn("#check-in");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("已到场", robot.lookup("#order-status").queryAs(Label.class).getText());
        tap("#before-photo");
        tap("#repair-note");
        robot.write("更换下水管接头,通水试验无渗漏");
        tap("#after-photo");
        tap("#complete");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("已完工", robot.lookup("#order-status").queryAs(Label.class).getText());

        // Each party present signs in turn: the owner first, in the owner's name from the unit; then the
        // repairer in their own name; then the supervisor and the project department, who are on site today.
        sign("#confirm-signature");
        tap("#party-confirms");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#confirmed-OWNER").tryQuery().isPresent());
        assertFalse(robot.lookup("#party-OWNER").tryQuery().isPresent());
        sign("#confirm-signature");
        tap("#party-confirms");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#confirmed-MAINTENANCE").tryQuery().isPresent());
        for (SignerRole party : new SignerRole[] {SignerRole.SUPERVISOR, SignerRole.PROJECT_DEPARTMENT}) {
            tap("#party-" + party.name());
            assertEquals("", robot.lookup("#confirm-name").queryAs(TextField.class).getText(),
                    "nobody's name is guessed for " + party);
            tap("#confirm-name");
            robot.write(party == SignerRole.SUPERVISOR ? "孙监理" : "周项目");
            sign("#confirm-signature");
            tap("#party-confirms");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#confirmed-" + party.name()).tryQuery().isPresent());
        }
        assertFalse(robot.lookup("#confirm-card").tryQuery().isPresent(), "all four parties have signed");
        assertEquals("已签认", robot.lookup("#order-status").queryAs(Label.class).getText());

        WorkOrderState onPhone = phone.app().replica().read(s -> s.workOrders().get(order));
        assertEquals("李维修", onPhone.confirmations().get(SignerRole.MAINTENANCE).signature().signerName());
        String ownerName = onPhone.confirmations().get(SignerRole.OWNER).signature().signerName();
        assertFalse(ownerName.isBlank());
        assertFalse(ownerName.equals("李维修"));

        // "Sync now" in the status bar: everything reaches the server.
        tap("#sync-now");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            SyncStatus s = phone.app().sync().status();
            return !s.running() && s.lastSyncAt() != null && s.operationsWaiting() == 0 && s.photosWaiting() == 0;
        });
        assertNull(phone.app().sync().status().problem());

        assertNull(office.sync().problem());
        WorkOrderState atOffice = office.app().replica().read(s -> s.workOrders().get(order));
        assertEquals(WorkOrderStatus.CONFIRMED, atOffice.status());
        assertEquals("孙监理", atOffice.confirmations().get(SignerRole.SUPERVISOR).signature().signerName());
        assertEquals(onPhone.confirmations().keySet(), atOffice.confirmations().keySet());
        assertEquals(1, atOffice.beforePhotos().size());
        assertEquals(1, atOffice.afterPhotos().size());
        assertEquals("更换下水管接头,通水试验无渗漏", atOffice.completionNote());
        // The photos' bytes are on the server: the office downloads the after photo.
        assertTrue(office.app().photos().thumbnailOrDownload(atOffice.afterPhotos().get(0).sha256()).toFile().length() > 0);
    }

    private void tap(String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> Scrolling.reveal(node));
        robot.clickOn(node);
    }

    private void sign(String pad) {
        Node node = robot.lookup(pad).query();
        robot.interact(() -> Scrolling.reveal(node));
        robot.moveTo(node).moveBy(-80, 0).press(MouseButton.PRIMARY).moveBy(40, -20).moveBy(40, 30).moveBy(60, -10)
                .release(MouseButton.PRIMARY);
    }
}
