package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.testing.Answers;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.ProtocolDispatcher;
import com.handover.mobile.testing.RecordingNavigation;
import com.handover.mobile.testing.ScreenRules;
import com.handover.mobile.testing.ScreenWords;
import com.handover.mobile.i18n.Messages;
import com.handover.mobile.testing.UiDevice;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.stage.Window;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot tool and the phone's screen check: walks a handover and a repair through every screen (sign-in,
 * projects and units, the room picker, the checklist, the defect form, photo markup, sign-off, 送整改, re-inspection, the
 * work-order list and detail with the party picker, the sign-out question and the sync line), once in Chinese and
 * once in English. Each screen, and any list that pops up, must have touch targets of 44 px, text of 14 px,
 * nothing cut off, and words a person reads (no codes, user names, placeholders or half-width marks in Chinese).
 * Each is rendered at 400x800 to PNG under target/screenshots/ (the folder comes from handover.screenshots).
 */
class ScreenshotTourTest {

    @TempDir
    Path dir;
    @TempDir
    Path dir2;
    UiDevice ui;
    final FxRobot robot = new FxRobot();
    final List<String> violations = new ArrayList<>();
    final ScreenWords words = new ScreenWords(List.of("inspector1", "inspector2", "maint1"));
    boolean chinese;
    Messages messages;

    @AfterEach
    void close() throws Exception {
        if (ui != null) {
            ui.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyScreenAtPhoneSize(String language) throws Exception {
        chinese = language.equals("zh");
        messages = new Messages(chinese ? Messages.CHINESE : Messages.ENGLISH);
        Path out = Path.of(System.getProperty("handover.screenshots", "target/screenshots"));
        Files.createDirectories(out);
        ui = UiDevice.start(dir);
        robot.interact(() -> ui.shell.requestFocus());
        if (!chinese) {
            robot.clickOn("#language");
            WaitForAsyncUtils.waitForFxEvents();
        }
        shoot(out, "01-sign-in");
        ui.signInOnScreen(robot, "inspector1");
        shoot(out, "02-units");
        shootList(out, "#project", "02a-projects");

        robot.clickOn("#unit-1202");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "02b-confirm-start");
        robot.clickOn("#confirm-start-handover");
        WaitForAsyncUtils.waitForFxEvents();
        tap("#pass-" + itemCode(1));
        tap("#na-" + itemCode(2));
        tap("#fail-" + itemCode(0));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "04a-defect-form-empty");
        robot.clickOn("#description").write(chinese ? "客厅墙面开裂，长约 30 cm" : "Crack in the living-room wall, 30 cm");
        tap("#take-photo");
        tap("#take-photo");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "04-defect-form");
        tap("#save-defect");
        WaitForAsyncUtils.waitForFxEvents();
        // Another inspector's phone answered the second item differently at the same time: a conflict.
        var inspectionId = ui.device.app().replica().read(s -> s.inspections().keySet().iterator().next());
        String contested = itemCode(1);
        String room = ui.device.app().replica().read(s -> s.inspections().get(inspectionId).items().values().stream()
                .filter(e -> e.itemCode().equals(contested)).findFirst().orElseThrow().room());
        ui.device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.INSPECTION_ITEM_RECORDED,
                inspectionId, new Hlc(Hlc.parse(ProtocolDispatcher.SERVER_HLC).wallMillis() + 60_000, 0, "phone-b"),
                "inspector2", "phone-b", null, new InspectionOps.ItemRecorded(room, contested, ItemResult.NOT_APPLICABLE,
                null, null)));
        robot.interact(() -> ui.device.app().sync().syncNow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#conflict-" + contested).tryQuery().isPresent(), "the conflict is on the item");
        shoot(out, "03-inspection");
        shootList(out, "#room", "03a-rooms");

        DefectState defect = ui.device.app().replica().read(s -> s.defects().values().iterator().next());
        robot.interact(() -> ui.navigator.toMarkup(defect.id(), defect.photos().get(0).sha256()));
        shoot(out, "05a-photo-markup-empty");
        robot.drag("#markup-canvas", MouseButton.PRIMARY).moveBy(60, 40).drop();
        robot.clickOn("#tool-CIRCLE");
        robot.moveTo("#markup-canvas").moveBy(30, -20).press(MouseButton.PRIMARY).moveBy(30, 0).release(MouseButton.PRIMARY);
        robot.clickOn("#tool-TEXT");
        robot.clickOn("#markup-label").write("裂缝");
        robot.moveTo("#markup-canvas").moveBy(-120, 60).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "05-photo-markup");
        robot.clickOn("#markup-save");
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> ui.navigator.toSignOff(inspectionId));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "06-sign-off");

        // Every item answered, then the decision and both signatures; signed, the hash is shown.
        robot.interact(() -> {
            RecordingNavigation answering = new RecordingNavigation();
            InspectionViewModel checklist = new InspectionViewModel(ui.device.app(), answering, inspectionId);
            checklist.refresh();
            Answers.passAll(checklist, answering);
            ui.navigator.toSignOff(inspectionId);
        });
        robot.clickOn("#meter-WATER").write("12.5");
        tap("#decision-ACCEPT_WITH_DEFECTS");
        sign("#owner-signature");
        sign("#inspector-signature");
        robot.interact(() -> Scrolling.reveal(robot.lookup("#decision-card").query()));
        shoot(out, "06b-sign-off-decision");
        tap("#sign");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Scrolling.reveal(robot.lookup("#signed-card").query()));
        shoot(out, "06c-signed");
        // 送整改 from the signed record: the responsible contractor proposed, a repairer and the 整改期限 chosen.
        tap("#sign-off-rectify");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "06c1-rectify");
        shootList(out, "#rectify-repairer", "06c2-rectify-repairers");
        robot.interact(() -> {
            ComboBox<?> repairer = robot.lookup("#rectify-repairer").query();
            repairer.getSelectionModel().select(0);
        });
        shootList(out, "#rectify-deadline", "06c3-rectify-deadlines");
        tap("#rectify-send");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#prompt-text").tryQuery().isPresent(), "the phone says what was sent");
        shoot(out, "06c4-rectify-sent");
        // Back at the unit list, the signed unit with an open defect asks what next: 复验 or the record.
        robot.interact(() -> ui.navigator.toHome());
        tap("#unit-1202");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "06d-signed-unit-next-step");
        tap("#choose-reinspect");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#reinspection-done").tryQuery().isPresent(), "the re-inspection screen");
        shoot(out, "06d-re-inspection");

        // The 复验 with the owner: the defect holds, then the owner and the inspector sign the result.
        UUID recheck = UUID.randomUUID();
        List<UUID> open = ui.device.app().replica().read(st -> st.defects().values().stream()
                .filter(d -> inspectionId.equals(d.inspectionId())).map(DefectState::id).toList());
        robot.interact(() -> {
            var app = ui.device.app();
            InspectionState handover = app.replica().read(st -> st.inspections().get(inspectionId));
            app.replica().record(OperationType.INSPECTION_STARTED, recheck, new InspectionOps.Started(
                    handover.unitId(), InspectionKind.RE_INSPECTION, handover.templateCode(),
                    handover.templateVersion(), handover.rooms(), open));
            ui.navigator.toReInspection(recheck);
        });
        WaitForAsyncUtils.waitForFxEvents();
        tap("#repaired-" + open.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "06d-reinspection");
        sign("#recheck-owner-signature");
        sign("#recheck-inspector-signature");
        shoot(out, "06e-reinspection-signatures");
        tap("#reinspection-sign");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.device.app().replica()
                .read(st -> st.inspections().get(recheck).signed()));

        // A maintenance worker's phone: a work order assigned by the office arrives by pull.
        UUID order = UUID.randomUUID();
        Hlc t = Hlc.parse("0001780000000000.000000.office1");
        ui.device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.WORK_ORDER_CREATED, order, t,
                "office", "office1", null, new WorkOrderOps.Created(Fixtures.unit1201().id(), WorkOrderSource.OWNER_REPORT,
                null, null, "KITCHEN", "厨房水槽下水管渗漏", Severity.NORMAL, "PIPE_LEAK", 50_000, false,
                Instant.parse("2026-05-31T09:00:00Z"))));
        ui.device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.WORK_ORDER_ASSIGNED, order,
                new Hlc(t.wallMillis() + 1, 0, "office1"), "office", "office1", null,
                new WorkOrderOps.Assigned(Fixtures.CONTRACTOR, "maint1")));
        // A second one, an emergency already past its on-site deadline: it must come first, its time in red.
        UUID late = UUID.randomUUID();
        Hlc t2 = new Hlc(t.wallMillis() + 2, 0, "office1");
        ui.device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.WORK_ORDER_CREATED, late, t2,
                "office", "office1", null, new WorkOrderOps.Created(Fixtures.unit1201().id(), WorkOrderSource.OWNER_REPORT,
                null, null, "BEDROOM-2", "卧室吊顶漏水，电线盒有水", Severity.EMERGENCY, "PIPE_LEAK", 120_000, true,
                Instant.parse("2026-05-31T20:00:00Z"))));
        ui.device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.WORK_ORDER_ASSIGNED, late,
                new Hlc(t2.wallMillis() + 1, 0, "office1"), "office", "office1", null,
                new WorkOrderOps.Assigned(Fixtures.CONTRACTOR, "maint1")));
        // The inspector syncs before handing the phone to the repairer: a device takes no new user over unsynced work.
        robot.interact(() -> ui.device.app().sync().syncNow());
        robot.interact(() -> ui.device.app().session().signOut());
        robot.interact(() -> {
            try {
                ui.device.signIn("maint1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ui.device.app().sync().syncNow();
            ui.navigator.toHome();
        });
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "07-work-orders");
        javafx.scene.layout.VBox orders = robot.lookup("#work-orders").query();
        assertEquals("group-OVERDUE", orders.getChildren().get(0).getId(), "overdue orders come first, under a heading");
        assertEquals("order-" + late, orders.getChildren().get(1).getId(), "the overdue order comes first");
        javafx.scene.control.Label lateDeadline = robot.lookup("#order-deadline-" + late).query();
        assertTrue(lateDeadline.getText().startsWith(messages.get("workorders.overdue", "").strip()),
                lateDeadline.getText());
        assertTrue(lateDeadline.getStyleClass().contains("deadline-overdue"));
        assertEquals(messages.get("workorders.timeLeft", messages.get("duration.hoursMinutes", 7, 0)),
                robot.lookup("#order-deadline-" + order).queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.lookup("#order-where-" + late).queryAs(javafx.scene.control.Label.class).getText()
                .endsWith(chinese ? "卧室 2" : "Bedroom 2"));
        javafx.scene.layout.Region card = robot.lookup("#order-" + order).query();
        assertTrue(card.getHeight() >= 2 * com.handover.mobile.ui.common.Widgets.TOUCH, "a large touch target");
        javafx.scene.Node deadline = robot.lookup("#order-deadline-" + order).query();
        assertTrue(card.getLayoutBounds().contains(card.sceneToLocal(deadline.localToScene(
                deadline.getLayoutBounds().getCenterX(), deadline.getLayoutBounds().getCenterY()))),
                "the deadline line lies inside its card");
        robot.interact(() -> ui.navigator.toWorkOrder(order));
        robot.clickOn("#check-in");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "08-work-order");
        tap("#before-photo");
        tap("#repair-note");
        robot.write(chinese ? "更换下水管接头，通水试验无渗漏" : "Drain joint replaced, no leak under running water");
        tap("#after-photo");
        tap("#complete");
        WaitForAsyncUtils.waitForFxEvents();
        sign("#confirm-signature");
        tap("#party-confirms");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Scrolling.reveal(robot.lookup("#confirm-card").query()));
        shoot(out, "08b-work-order-confirm");

        robot.interact(() -> ui.navigator.toHome());
        robot.clickOn("#account");
        WaitForAsyncUtils.waitForFxEvents();
        shoot(out, "09-sign-out-question");
        assertTrue(Files.size(out.resolve(name("03-inspection") + ".png")) > 10_000);
        assertEquals(List.of(), violations, "every screen: touch targets, text size, nothing cut off, plain words");
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

    private String itemCode(int index) {
        javafx.scene.layout.VBox items = robot.lookup("#items").query();
        return items.getChildren().get(index).getId().substring("item-".length());
    }

    /** The screen's name in the screenshot folder: Chinese plain, English with "-en". */
    private String name(String screen) {
        return chinese ? screen : screen + "-en";
    }

    /** Opens the drop-down list of {@code combo}, checks and shoots it with the list showing, and closes it. */
    private void shootList(Path folder, String combo, String name) throws Exception {
        ComboBox<?> box = robot.lookup(combo).query();
        robot.interact(box::show);
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> popups = new ArrayList<>();
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w != ui.stage && w.isShowing() && w.getScene() != null).forEach(popups::add));
        assertTrue(!popups.isEmpty(), combo + " shows its list");
        for (Window popup : popups) {
            check(name, popup.getScene().getRoot());
        }
        shoot(folder, name);
        robot.interact(box::hide);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check(String name, Parent root) {
        AtomicReference<List<String>> broken = new AtomicReference<>();
        robot.interact(() -> {
            List<String> found = new ArrayList<>(ScreenRules.violations(root));
            found.addAll(words.problems(root, chinese));
            broken.set(found);
        });
        broken.get().forEach(v -> violations.add(name(name) + ": " + v));
    }

    private void shoot(Path folder, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        check(name, ui.stage.getScene().getRoot());
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(ui.stage.getScene().snapshot(null)));
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        File file = folder.resolve(name(name) + ".png").toFile();
        ImageIO.write(png, "png", file);
    }

}
