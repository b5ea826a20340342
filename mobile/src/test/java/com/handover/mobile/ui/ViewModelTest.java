package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.testing.Answers;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.RecordingNavigation;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.defect.DefectFormViewModel;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.mobile.ui.signin.SignInViewModel;
import com.handover.mobile.ui.signoff.SignOffViewModel;
import com.handover.mobile.ui.units.UnitFilter;
import com.handover.mobile.ui.units.UnitStage;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.mobile.ui.workorders.WorkOrdersViewModel;
import com.handover.model.ItemResult;
import com.handover.model.Point;
import com.handover.model.Severity;
import com.handover.model.SignOffDecision;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderSource;
import com.handover.model.signoff.SignOffHasher;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.InspectionState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View models driven without a screen: a real replica on a temp file, a fake camera, recorded navigation. */
class ViewModelTest {

    @TempDir
    Path dir;
    TestDevice device;
    final RecordingNavigation nav = new RecordingNavigation();

    @AfterEach
    void close() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    private UUID openUnit1201() {
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1201")).findFirst().orElseThrow());
        assertEquals("ask:units.startHandover.confirmOwner", nav.last());
        nav.choose("confirm-start-handover");
        return UUID.fromString(nav.last().substring("inspection:".length()));
    }

    @Test
    void signInWithAWrongPasswordSaysSoAndARightOneGoesHome() throws Exception {
        device = TestDevice.start(dir);
        SignInViewModel model = new SignInViewModel(device.app(), nav);
        model.serverUrlProperty().set(device.url());
        model.usernameProperty().set("inspector1");
        model.passwordProperty().set("wrong");
        model.signIn();
        assertEquals("signin.error.badCredentials", model.errorProperty().get().key());
        model.passwordProperty().set("secret");
        model.signIn();
        assertNull(model.errorProperty().get());
        assertEquals("home", nav.last());
        assertEquals(5, device.app().reference().load().units().size());
    }

    @Test
    void unitsAreCountedPerBuildingSearchedByNumberAndFilteredByStage() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = openUnit1201();
        assertTrue(nav.last().startsWith("inspection:"));
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        assertEquals(2, units.buildings().size());
        assertEquals(3, units.buildings().get(0).units());
        assertEquals(1, units.buildings().get(0).inProgress());
        units.filterProperty().set(UnitFilter.IN_PROGRESS);
        assertEquals(List.of("1201"), units.units().stream().map(r -> r.unit().number()).toList());
        assertEquals(UnitStage.IN_PROGRESS, units.units().get(0).stage());
        units.filterProperty().set(UnitFilter.ALL);
        units.searchProperty().set("30");
        assertEquals(List.of("1301", "301", "302"), units.units().stream().map(r -> r.unit().number()).toList());
        InspectionState state = device.app().replica().read(s -> s.inspections().get(inspection));
        assertTrue(state.rooms().containsAll(List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN")));
    }

    @Test
    void theInspectionResumesAnswersInOneTapAndAFailOpensTheDefectForm() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = openUnit1201();
        InspectionViewModel model = new InspectionViewModel(device.app(), nav, inspection);
        model.refresh();
        String first = model.selectedRoomProperty().get();
        int total = model.totalProperty().get();
        ItemRow firstItem = model.items().get(0);
        model.record(firstItem, ItemResult.FAIL);
        assertEquals("defect:" + first + "/" + firstItem.item().code(), nav.last());
        Answers.passRoom(model, nav);
        assertEquals(model.items().size(), model.answeredProperty().get());
        assertEquals(total, model.totalProperty().get());

        // Reopened later, it resumes in the first room with unanswered items.
        InspectionViewModel again = new InspectionViewModel(device.app(), nav, inspection);
        again.refresh();
        assertFalse(again.selectedRoomProperty().get().equals(first));
        ItemRow measurable = null;
        for (var room : List.copyOf(again.rooms())) {
            again.selectedRoomProperty().set(room.room().key());
            measurable = again.items().stream().filter(ItemRow::measurable).findFirst().orElse(null);
            if (measurable != null && measurable.limit().bound().name().equals("MAX")) {
                break;
            }
        }
        assertTrue(measurable != null, "the template has items with a maximum");
        again.recordMeasured(measurable, measurable.limit().value().doubleValue() + 5);
        ItemRow after = again.items().stream().filter(r -> r.item().code().equals(nav.last().split("/")[1])).findFirst().orElseThrow();
        assertEquals(ItemResult.FAIL, after.result());
    }

    @Test
    void aDefectNeedsAPhotoOrAReasonAndPhotosAreCompressedTo2000Pixels() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = openUnit1201();
        DefectFormViewModel form = new DefectFormViewModel(device.app(), nav, inspection, "LIVING", null);
        form.descriptionProperty().set("墙面开裂");
        form.save();
        assertEquals("defect.error.photoOrReason", form.errorProperty().get().key());
        form.addPhoto(PhotoSource.Origin.CAMERA);
        form.addPhoto(PhotoSource.Origin.GALLERY);
        assertEquals(2, form.photos().size());
        byte[] stored = Files.readAllBytes(device.app().photos().original(form.photos().get(0).sha256()).orElseThrow());
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(stored));
        assertEquals(2000, Math.max(img.getWidth(), img.getHeight()));
        assertTrue(device.app().photos().thumbnail(form.photos().get(0).sha256()).isPresent());
        form.severityProperty().set(Severity.MINOR);
        form.save();
        assertEquals("back", nav.last());
        var defect = device.app().replica().read(s -> s.defects().values().iterator().next());
        assertEquals(Severity.MINOR, defect.severity());
        assertEquals(2, defect.photos().size());
        assertEquals(2, device.app().sync().status().photosWaiting());
    }

    @Test
    void signOffWaitsForEveryItemThenSignsTheContentHashAndBecomesReadOnly() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = openUnit1201();
        SignOffViewModel signOff = new SignOffViewModel(device.app(), nav, inspection);
        signOff.refresh();
        signOff.ownerStrokes().add(new Stroke(List.of(new Point(100, 100), new Point(900, 400))));
        signOff.inspectorStrokes().add(new Stroke(List.of(new Point(200, 100), new Point(800, 500))));
        signOff.sign();
        assertEquals("signoff.error.notReady", signOff.errorProperty().get().key());

        InspectionViewModel checklist = new InspectionViewModel(device.app(), nav, inspection);
        checklist.refresh();
        Answers.passAll(checklist, nav);
        signOff.refresh();
        signOff.meter(com.handover.model.MeterType.ELECTRICITY).set("345.6");
        signOff.keys(com.handover.model.KeyType.ENTRANCE_DOOR).set(3);
        signOff.sign();
        assertTrue(signOff.signedProperty().get());
        InspectionState state = device.app().replica().read(s -> s.inspections().get(inspection));
        assertEquals(SignOffDecision.ACCEPT, state.signOff().decision());
        assertEquals(3, state.keys().get(com.handover.model.KeyType.ENTRANCE_DOOR));
        List<Operation> covered = device.app().replica().read(s -> new ArrayList<>(s.operationsOf(EntityKind.INSPECTION, inspection)
                .stream().filter(o -> state.signOff().coveredOperations().contains(o.id())).toList()));
        assertEquals(state.signOff().contentHash(), SignOffHasher.hash(inspection, covered, SignOffDecision.ACCEPT));
        assertEquals(state.signOff().contentHash(), signOff.contentHashProperty().get());
        InspectionViewModel readOnly = new InspectionViewModel(device.app(), nav, inspection);
        readOnly.refresh();
        assertTrue(readOnly.readOnlyProperty().get());
    }

    @Test
    void myWorkOrdersComeOverdueFirstThenByTimeLeft() throws Exception {
        device = TestDevice.start(dir).signIn("maint1");
        UUID late = workOrder("2026-05-30T00:00:00Z", 50_000);
        UUID soon = workOrder("2026-05-31T12:00:00Z", 50_000);
        UUID later = workOrder("2026-05-31T12:00:00Z", 500_000);
        WorkOrdersViewModel model = new WorkOrdersViewModel(device.app(), nav, device.composition.deadlines());
        model.refresh();
        assertEquals(List.of(late, soon, later), model.orders().stream().map(r -> r.order().id()).toList());
        assertTrue(model.orders().get(0).overdue());
        assertEquals(Duration.ofHours(10), model.orders().get(1).timeLeft());
        assertEquals(Duration.ofHours(22), model.orders().get(2).timeLeft());
    }

    private UUID workOrder(String reportedAt, long costFen) {
        UUID id = UUID.randomUUID();
        device.app().replica().record(OperationType.WORK_ORDER_CREATED, id, new WorkOrderOps.Created(
                Fixtures.unit1201().id(), WorkOrderSource.OWNER_REPORT, null, null, "KITCHEN", "水管渗漏",
                Severity.NORMAL, "PIPE_LEAK", costFen, false, java.time.Instant.parse(reportedAt)));
        device.app().replica().record(OperationType.WORK_ORDER_ASSIGNED, id,
                new WorkOrderOps.Assigned(Fixtures.CONTRACTOR, "maint1"));
        return id;
    }
}
