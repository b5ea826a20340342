package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.testing.UiDevice;
import com.handover.mobile.ui.inspection.InspectionView;
import com.handover.mobile.ui.units.UnitsView;
import com.handover.model.DefectStatus;
import com.handover.model.ItemResult;
import com.handover.model.SignOffDecision;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** An inspector signs in, inspects a finished unit room by room, records a defect with a photo, and both sign. */
class HandoverInspectionFlowTest {

    @TempDir
    Path dir;
    UiDevice ui;
    final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void anInspectorWalksAWholeHandoverOfAFinishedUnitWithADefectAPhotoAndBothSignatures() throws Exception {
        ui = UiDevice.start(dir);
        ui.signInOnScreen(robot, "inspector1");
        assertEquals("房屋", robot.lookup("#title").queryAs(Label.class).getText());

        robot.clickOn("#unit-1201");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.navigator.current() instanceof UnitsView, "a tap on a unit not yet inspected asks first");
        robot.clickOn("#confirm-start-handover");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.navigator.current() instanceof InspectionView);

        // First item of the first room fails: the defect form opens; describe it, take a photo, save.
        Node firstFail = robot.lookup(n -> n.getId() != null && n.getId().startsWith("fail-")).query();
        robot.clickOn(firstFail);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("记录问题", robot.lookup("#title").queryAs(Label.class).getText());
        robot.clickOn("#description").write("入户门把手松动");
        Node take_photo = robot.lookup("#take-photo").query();
        robot.interact(() -> Scrolling.reveal(take_photo));
        robot.clickOn(take_photo);
        WaitForAsyncUtils.waitForFxEvents();
        Node save_defect = robot.lookup("#save-defect").query();
        robot.interact(() -> Scrolling.reveal(save_defect));
        robot.clickOn(save_defect);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.navigator.current() instanceof InspectionView);

        // Every room: the rest passes, then on to the next room.
        @SuppressWarnings("unchecked")
        ComboBox<Object> rooms = robot.lookup("#room").queryAs(ComboBox.class);
        int roomCount = rooms.getItems().size();
        assertTrue(roomCount >= 7, "rooms of the unit type plus whole-unit rooms, got " + roomCount);
        for (int i = 0; i < roomCount; i++) {
            robot.clickOn("#pass-remaining");
            if (robot.lookup("#confirm-pass-remaining").tryQuery().isPresent()) {
                robot.clickOn("#confirm-pass-remaining");
                WaitForAsyncUtils.waitForFxEvents();
            }
            // Measurement items are never passed wholesale: here they do not apply.
            for (Node open : robot.lookup(".result-not_checked").queryAll()) {
                Node na = robot.lookup("#na-" + open.getId().substring("item-".length())).query();
                robot.interact(() -> Scrolling.reveal(na));
                robot.clickOn(na);
                WaitForAsyncUtils.waitForFxEvents();
            }
            robot.clickOn("#next-room");
        }
        WaitForAsyncUtils.waitForFxEvents();
        String progress = robot.lookup("#progress-text").queryAs(Label.class).getText();
        String[] parts = progress.split("/");
        assertEquals(parts[1], parts[0], "every item answered: " + progress);

        robot.clickOn("#to-sign-off");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#meter-WATER").write("12.5");
        sign("#owner-signature");
        sign("#inspector-signature");
        Node signButton = robot.lookup("#sign").query();
        robot.interact(() -> Scrolling.reveal(signButton));
        robot.clickOn("#sign");
        WaitForAsyncUtils.waitForFxEvents();
        String shownHash = robot.lookup("#content-hash").queryAs(Label.class).getText().replaceAll("\\s", "");

        InspectionState inspection = ui.device.app().replica().read(s -> s.inspections().values().iterator().next());
        assertTrue(inspection.signed());
        assertEquals(SignOffDecision.ACCEPT_WITH_DEFECTS, inspection.signOff().decision());
        assertEquals(shownHash, inspection.signOff().contentHash());
        List<Operation> covered = ui.device.app().replica().read(s -> {
            List<Operation> ops = new ArrayList<>();
            inspection.signOff().coveredOperations().forEach(id -> ops.add(s.operation(id).orElseThrow()));
            return ops;
        });
        assertEquals(shownHash, SignOffHasher.hash(inspection.id(), covered, SignOffDecision.ACCEPT_WITH_DEFECTS));
        assertEquals(ItemResult.FAIL, inspection.items().values().stream()
                .filter(e -> e.result() == ItemResult.FAIL).findFirst().orElseThrow().result());
        DefectState defect = ui.device.app().replica().read(s -> s.defects().values().iterator().next());
        assertEquals(DefectStatus.OPEN, defect.status());
        assertEquals(1, defect.photos().size());
        assertEquals(2, inspection.signOff().signatures().size());
        assertFalse(inspection.signOff().signatures().get(0).strokes().isEmpty());
        assertEquals(12.5, inspection.meters().values().iterator().next().reading());

        // Synced: every operation and the photo reach the server.
        var status = ui.device.app().sync().syncNow();
        assertNull(status.problem());
        int held = ui.device.app().replica().read(s -> s.operationsOf(EntityKind.INSPECTION, inspection.id()).size()
                + s.operationsOf(EntityKind.DEFECT, defect.id()).size());
        assertEquals(held, ui.device.dispatcher.stored().size());
        assertTrue(ui.device.dispatcher.blobComplete(defect.photos().get(0).sha256()));
    }

    private void sign(String pad) {
        Node node = robot.lookup(pad).query();
        robot.interact(() -> Scrolling.reveal(node));
        robot.moveTo(pad).moveBy(-80, 0).press(MouseButton.PRIMARY).moveBy(40, -20).moveBy(40, 30).moveBy(60, -10)
                .release(MouseButton.PRIMARY);
    }
}
