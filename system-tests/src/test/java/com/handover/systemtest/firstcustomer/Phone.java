package com.handover.systemtest.firstcustomer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.MobileComposition;
import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.platform.CapturedImage;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.Sleeper;
import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.ui.defect.DefectFormViewModel;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.mobile.ui.markup.PhotoMarkupViewModel;
import com.handover.mobile.ui.rectify.RectifyViewModel;
import com.handover.mobile.ui.reinspection.ReInspectionViewModel;
import com.handover.mobile.ui.signoff.SignOffViewModel;
import com.handover.mobile.ui.units.UnitRow;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.mobile.ui.workorders.WorkOrderViewModel;
import com.handover.model.ItemResult;
import com.handover.model.MarkupShape;
import com.handover.model.Point;
import com.handover.model.SignOffDecision;
import com.handover.model.SignerRole;
import com.handover.model.Stroke;
import com.handover.model.site.Unit;
import com.handover.model.sync.state.DefectState;
import com.handover.systemtest.device.Jpegs;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mobile app without its screens: its own composition (SQLite replica, outbox, photo store, sync engine) on a
 * folder, signed in to the server process, driven through the same view models the screens use. Photos come
 * from a camera that hands over a fresh JPEG each time.
 */
final class Phone implements AutoCloseable {

    private static final Stroke STROKE = new Stroke(List.of(new Point(1200, 3000), new Point(5200, 6100),
            new Point(8800, 2600)));

    private final MobileComposition composition;
    private final AppContext app;
    private final ScriptedNavigation navigation = new ScriptedNavigation();

    Phone(Path folder, String name) {
        AtomicLong shots = new AtomicLong(name.hashCode());
        Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
        this.composition = MobileComposition.open(folder, new OkHttpSyncApi(HttpClients.create()),
                (origin, then) -> then.accept(new CapturedImage(Jpegs.photo(shots.incrementAndGet(), 640, 480),
                        clock.instant())),
                new AwtImageCodec(), new DirectTaskRunner(), clock,
                new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), new Random(1), Sleeper.REAL),
                "first-customer " + name);
        this.app = composition.context();
    }

    Phone signIn(String serverUrl, String username, String password) throws Exception {
        app.session().signIn(serverUrl, username, password);
        return sync();
    }

    /** Syncs until nothing waits to go up; every operation must have been accepted. */
    Phone sync() {
        SyncStatus s = null;
        for (int round = 0; round < 10; round++) {
            s = app.sync().syncNow();
            if (s.problem() == null && s.operationsWaiting() == 0 && s.photosWaiting() == 0) {
                break;
            }
        }
        assertNull(s.problem(), () -> "sync problem: " + app.sync().syncNow().problem());
        assertEquals(0, s.operationsWaiting(), "everything recorded on the phone reached the server");
        assertEquals(0, s.rejectedOperations(), "the server refused nothing");
        return this;
    }

    AppContext app() {
        return app;
    }

    MobileComposition composition() {
        return composition;
    }

    ScriptedNavigation navigation() {
        return navigation;
    }

    Unit unit(String number) {
        return app.reference().load().units().stream().filter(u -> u.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("the phone holds no unit " + number));
    }

    /**
     * Taps the unit in the unit list, as the inspector does, and takes the choice {@code answer} when asked (start
     * the handover, or for a signed unit with open defects 送整改 or 复验); returns the inspection opened.
     */
    UUID openUnit(String number, String answer) {
        UnitsViewModel units = new UnitsViewModel(app, navigation);
        units.refresh();
        UUID unitId = unit(number).id();
        UnitRow row = units.units().stream().filter(r -> r.unit().id().equals(unitId)).findFirst()
                .orElseThrow(() -> new AssertionError("unit " + number + " is not in the phone's unit list"));
        navigation.answer(answer);
        units.open(row);
        assertNull(units.errorProperty().get(), "the unit opened without an error");
        return navigation.lastInspection();
    }

    /**
     * 送整改 on site: the inspector opens the signed unit, takes 送整改, keeps the proposed 责任单位 and the
     * default 整改期限, and chooses the repairer by name. Returns the name of the contractor proposed.
     */
    String sendForRectification(String number, String repairerName) {
        openUnit(number, "choose-rectify");
        UUID unitId = unit(number).id();
        assertEquals(unitId, navigation.lastRectify(), "送整改 was offered for the signed unit");
        RectifyViewModel screen = new RectifyViewModel(app, navigation, unitId);
        screen.refresh();
        assertEquals(1, screen.rows().size(), "the unit's one open defect can be sent");
        screen.repairerProperty().set(screen.repairers().stream().filter(r -> r.name().equals(repairerName))
                .findFirst().orElseThrow(() -> new AssertionError(repairerName + " is offered as repairer")));
        String contractor = screen.rows().get(0).contractorProperty().get().name();
        screen.send();
        assertNull(screen.errorProperty().get(), "the 整改 was saved");
        return contractor;
    }

    /**
     * A handover walked room by room on the inspection screen: the first ordinary item of the first room fails
     * and gets a defect with a photo and a pin on the floor plan, every other item passes (measured items one by
     * one, the rest with 本房间其余全部合格); the owner accepts with the defect and both sign. Returns the defect.
     */
    DefectState handOver(String number, String ownerName, String inspectorName, String defectText) {
        UUID inspection = openUnit(number, "confirm-start-handover");
        InspectionViewModel checklist = new InspectionViewModel(app, navigation, inspection);
        checklist.refresh();
        List<String> rooms = checklist.rooms().stream().map(r -> r.room().key()).toList();
        for (String room : rooms) {
            checklist.selectedRoomProperty().set(room);
            if (room.equals(rooms.get(0))) {
                ItemRow failing = checklist.items().stream().filter(r -> !r.measurable()).findFirst().orElseThrow();
                checklist.record(failing, ItemResult.FAIL);
                DefectFormViewModel defect = new DefectFormViewModel(app, navigation, inspection, failing.room(),
                        failing.item().code());
                defect.descriptionProperty().set(defectText);
                defect.addPhoto(PhotoSource.Origin.CAMERA);
                defect.placePin(0.42, 0.37);
                defect.save();
                assertNull(defect.errorProperty().get(), "the defect was saved");
                markTheCrack(inspection);
            }
            navigation.answer("confirm-pass-remaining");
            checklist.passRemainingInRoom();
            for (ItemRow row : List.copyOf(checklist.items())) {
                if (row.result() == ItemResult.NOT_CHECKED) {
                    checklist.record(row, ItemResult.PASS);
                }
            }
        }
        SignOffViewModel signOff = new SignOffViewModel(app, navigation, inspection);
        signOff.refresh();
        signOff.decisionProperty().set(SignOffDecision.ACCEPT_WITH_DEFECTS);
        signOff.ownerNameProperty().set(ownerName);
        signOff.inspectorNameProperty().set(inspectorName);
        signOff.ownerStrokes().add(STROKE);
        signOff.inspectorStrokes().add(STROKE);
        signOff.sign();
        assertTrue(signOff.signedProperty().get(), () -> "signed: " + signOff.errorProperty().get());
        return app.replica().read(st -> st.defects().values().stream()
                .filter(d -> inspection.equals(d.inspectionId())).findFirst().orElseThrow());
    }

    /** On the photo of the inspection's defect, an arrow to the crack, as the inspector draws it with a finger. */
    private void markTheCrack(UUID inspection) {
        DefectState defect = app.replica().read(st -> st.defects().values().stream()
                .filter(d -> inspection.equals(d.inspectionId())).findFirst().orElseThrow());
        PhotoMarkupViewModel markup = new PhotoMarkupViewModel(app, navigation, defect.id(),
                defect.photos().get(0).sha256());
        markup.toolProperty().set(MarkupShape.Kind.ARROW);
        markup.draw(0.2, 0.25, 0.55, 0.6);
        markup.save();
        assertNull(markup.errorProperty().get(), "the marks were saved");
    }

    /**
     * The 复验 with the owner: the unit's open defects are re-inspected, {@code defect} holds, and the owner (named
     * from the unit's record) and the inspector sign the result.
     */
    void reinspectAndPass(String number, UUID defect) {
        UUID reinspection = openUnit(number, "choose-reinspect");
        ReInspectionViewModel screen = new ReInspectionViewModel(app, navigation, reinspection);
        screen.refresh();
        DefectState shown = screen.defects().stream().filter(d -> d.id().equals(defect)).findFirst()
                .orElseThrow(() -> new AssertionError("the repaired defect is on the 复验 screen"));
        screen.addPhoto(shown, PhotoSource.Origin.CAMERA);
        screen.repaired(shown);
        screen.ownerStrokes().add(STROKE);
        screen.inspectorStrokes().add(STROKE);
        screen.sign();
        assertNull(screen.errorProperty().get());
        assertTrue(screen.signedProperty().get(), "the owner and the inspector signed the 复验");
    }

    /** The repairer's order screen: check in, photos before and after, the repair and its cost, then done. */
    WorkOrderViewModel repair(UUID order, String note, String costYuan) {
        WorkOrderViewModel screen = new WorkOrderViewModel(app, navigation, order, composition.deadlines());
        screen.refresh();
        assertTrue(screen.canCheckIn(), "the order waits for the repairer on site");
        screen.checkIn();
        screen.addPhoto(false, PhotoSource.Origin.CAMERA);
        screen.addPhoto(true, PhotoSource.Origin.CAMERA);
        screen.noteProperty().set(note);
        screen.actualCostYuanProperty().set(costYuan);
        screen.complete();
        assertNull(screen.errorProperty().get(), "the repair was recorded");
        return screen;
    }

    /** Each party present signs in turn on the repairer's phone: name, signature, confirm. */
    void signOnSite(WorkOrderViewModel screen, SignerRole party, String name) {
        screen.chooseParty(party);
        screen.signerNameProperty().set(name);
        screen.strokes().add(STROKE);
        screen.confirm(party);
        assertNull(screen.errorProperty().get(), () -> party + " signed");
        assertTrue(screen.orderProperty().get().confirmations().containsKey(party));
    }

    @Override
    public void close() {
        composition.close();
    }
}
