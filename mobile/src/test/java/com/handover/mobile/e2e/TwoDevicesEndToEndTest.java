package com.handover.mobile.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.testing.Answers;
import com.handover.mobile.testing.LiveDevice;
import com.handover.mobile.testing.LiveServer;
import com.handover.mobile.ui.common.FieldConflict;
import com.handover.mobile.ui.common.ThumbnailLoader;
import com.handover.mobile.ui.defect.DefectFormViewModel;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.DefectState;
import com.handover.model.testing.SnapshotDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The "done means": two phones against the real sync server. Both sign in, take the same handover, lose
 * the server, record findings offline (both answer one item differently), and sync in either order. They end with
 * identical state, and both show the item's conflict with both answers and who gave them.
 */
class TwoDevicesEndToEndTest {

    @TempDir
    Path dir;
    LiveServer server;
    LiveDevice a;
    LiveDevice b;
    LiveDevice fresh;

    @AfterEach
    void close() {
        for (AutoCloseable c : new AutoCloseable[] {fresh, b, a, server}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // closing the rest matters more
                }
            }
        }
    }

    @ParameterizedTest(name = "phone {0} syncs first")
    @ValueSource(strings = {"A", "B"})
    void twoPhonesWorkingOfflineOnOneUnitEndIdenticalAndBothShowTheConflict(String first) throws Exception {
        server = LiveServer.start(dir.resolve("server"));
        a = new LiveDevice(dir.resolve("phone-a"), "phone-a").signIn(server, "inspector");
        b = new LiveDevice(dir.resolve("phone-b"), "phone-b").signIn(server, LiveServer.SECOND_INSPECTOR);

        // A opens unit 1-101 (finished): the handover starts; both phones have it after a sync.
        UnitsViewModel units = new UnitsViewModel(a.app(), a.navigation);
        units.refresh();
        units.searchProperty().set("1-101");
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1-101")).findFirst().orElseThrow());
        a.navigation.choose("confirm-start-handover");
        UUID inspection = UUID.fromString(a.navigation.last().substring("inspection:".length()));
        assertNull(a.sync().problem());
        assertNull(b.sync().problem());
        boolean onBoth = b.app().replica().read(s -> s.inspections().containsKey(inspection));
        assertTrue(onBoth);

        // The server goes out of reach; both go on working.
        server.stop();
        InspectionViewModel onA = new InspectionViewModel(a.app(), a.navigation, inspection);
        InspectionViewModel onB = new InspectionViewModel(b.app(), b.navigation, inspection);
        onA.refresh();
        onB.refresh();
        String room = onA.selectedRoomProperty().get();
        assertEquals(room, onB.selectedRoomProperty().get());
        String contested = onA.items().get(1).item().code();
        onA.record(row(onA, contested), ItemResult.PASS);
        onB.record(row(onB, contested), ItemResult.FAIL);
        assertEquals("defect:" + room + "/" + contested, b.navigation.last());
        DefectFormViewModel defectOnB = new DefectFormViewModel(b.app(), b.navigation, inspection, room, contested);
        defectOnB.descriptionProperty().set("门框与墙体间缝隙过大");
        defectOnB.addPhoto(PhotoSource.Origin.CAMERA);
        defectOnB.save();
        Answers.passRoom(onA, a.navigation);
        onB.nextRoom();
        Answers.passRoom(onB, b.navigation);

        SyncStatus offline = a.sync();
        assertEquals("sync.error.offline", offline.problem().key());
        assertTrue(offline.operationsWaiting() > 0, "saved on the phone while the server is away");
        assertEquals(1, b.sync().photosWaiting());

        // The server is back: sync in the order under test, then the first pulls what the second pushed.
        server.restart();
        LiveDevice one = first.equals("A") ? a : b;
        LiveDevice two = first.equals("A") ? b : a;
        assertSynced(one.sync());
        assertSynced(two.sync());
        assertSynced(one.sync());

        SnapshotDiff.assertSame(a.snapshot(), b.snapshot());
        assertEquals(1, a.snapshot().conflicts().size());

        // Both phones show the conflict on the item: both answers and who gave them.
        for (InspectionViewModel model : List.of(onA, onB)) {
            model.refresh();
            model.selectedRoomProperty().set(room);
            ItemRow item = row(model, contested);
            assertTrue(item.hasConflict(), "the contested item carries a conflict marker");
            FieldConflict c = item.conflict();
            assertEquals(Set.of("inspector", LiveServer.SECOND_INSPECTOR), Set.of(c.winnerActor(), c.loserActor()));
            assertEquals(Set.of(ItemResult.PASS, ItemResult.FAIL), Set.of(result(c.winner().payload()),
                    result(c.loser().payload())));
            assertEquals(result(c.winner().payload()), item.result(), "the item shows the value in effect");
        }

        // A third phone signing in later gets the same state from an empty start.
        fresh = new LiveDevice(dir.resolve("phone-c"), "phone-c").signIn(server, "inspector");
        assertSynced(fresh.sync());
        SnapshotDiff.assertSame(a.snapshot(), fresh.snapshot());

        // B's defect photo shows on A: its thumbnail is downloaded from the server on first sight, then kept.
        DefectState defect = a.app().replica().read(s -> s.defects().values().iterator().next());
        PhotoRef photo = defect.photos().get(0);
        assertTrue(a.app().photos().thumbnail(photo.sha256()).isEmpty(), "taken on B, not yet on A");
        AtomicReference<Path> shown = new AtomicReference<>();
        new ThumbnailLoader(a.app().photos(), a.app().tasks()).load(photo.sha256(), shown::set);
        assertTrue(Files.size(shown.get()) > 0);
        assertTrue(a.app().photos().original(photo.sha256()).isPresent());
        assertEquals(0, a.app().sync().status().photosWaiting(), "a downloaded photo is never uploaded back");
        assertFalse(onA.defects().isEmpty());
    }

    private static void assertSynced(SyncStatus status) {
        assertNull(status.problem(), () -> "sync problem: " + status.problem());
        assertEquals(0, status.operationsWaiting());
        assertEquals(0, status.photosWaiting());
    }

    private static ItemRow row(InspectionViewModel model, String code) {
        return model.items().stream().filter(r -> r.item().code().equals(code)).findFirst().orElseThrow();
    }

    private static ItemResult result(Object payload) {
        return ((InspectionOps.ItemRecorded) payload).result();
    }
}
