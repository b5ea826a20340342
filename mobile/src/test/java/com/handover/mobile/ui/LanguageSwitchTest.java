package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.testing.UiDevice;
import com.handover.mobile.ui.common.SignaturePad;
import com.handover.mobile.ui.defect.DefectFormView;
import com.handover.mobile.ui.inspection.InspectionView;
import com.handover.mobile.ui.signoff.SignOffView;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching between 中文 and English in the middle of a form keeps what was typed and signed and not yet saved:
 * the screen is shown again in the other language over the same form.
 */
class LanguageSwitchTest {

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
    void aHalfWrittenDefectAndAnUnsavedSignatureSurviveTheLanguageSwitch() throws Exception {
        ui = UiDevice.start(dir);
        ui.signInOnScreen(robot, "inspector1");
        robot.clickOn("#unit-1201");
        robot.clickOn("#confirm-start-handover");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ui.navigator.current() instanceof InspectionView);

        Node firstFail = robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith("fail-")).query();
        robot.clickOn(firstFail);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#description").write("入户门把手松动");
        switchLanguage();
        assertTrue(ui.navigator.current() instanceof DefectFormView);
        assertEquals("Defect", title());
        assertEquals("入户门把手松动", robot.lookup("#description").queryAs(TextInputControl.class).getText());
        switchLanguage();
        assertEquals("入户门把手松动", robot.lookup("#description").queryAs(TextInputControl.class).getText());

        robot.interact(() -> ui.navigator.back());
        WaitForAsyncUtils.waitForFxEvents();
        UUID inspection = ui.device.app().replica().read(s -> s.inspections().keySet().iterator().next());
        robot.interact(() -> ui.navigator.toSignOff(inspection));
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl owner = robot.lookup("#owner-name").queryAs(TextInputControl.class);
        robot.interact(() -> owner.setText("张伟"));
        Node pad = robot.lookup("#owner-signature").query();
        robot.interact(() -> Scrolling.reveal(pad));
        robot.moveTo(pad).moveBy(-60, 0).press(MouseButton.PRIMARY).moveBy(40, -20).moveBy(50, 25)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int strokes = ownerPad().strokeCount();
        assertTrue(strokes > 0, "the owner signed on the pad");

        switchLanguage();
        assertTrue(ui.navigator.current() instanceof SignOffView);
        assertEquals("张伟", robot.lookup("#owner-name").queryAs(TextInputControl.class).getText());
        assertEquals(strokes, ownerPad().strokeCount(), "the unsaved signature is still there");
    }

    private void switchLanguage() {
        robot.clickOn("#language");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String title() {
        return robot.lookup("#title").queryAs(Label.class).getText();
    }

    private SignaturePad ownerPad() {
        return robot.lookup("#owner-signature").queryAs(SignaturePad.class);
    }
}
