package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.testing.RecordingNavigation;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.defect.DefectFormViewModel;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.model.ItemResult;
import com.handover.model.sync.state.ItemEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checklist's shortcuts ask first, leave measured items alone, and can be undone. */
class ChecklistSafetyNetTest {

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

    private UUID startOn1201() {
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1201")).findFirst().orElseThrow());
        nav.choose("confirm-start-handover");
        return UUID.fromString(nav.last().substring("inspection:".length()));
    }

    @Test
    void aTapOnAUnitNotYetInspectedAsksAndStartsNothingUntilConfirmed() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1201")).findFirst().orElseThrow());
        assertEquals("ask:units.startHandover.confirmOwner", nav.last());
        assertEquals(0, (int) device.app().replica().read(s -> s.inspections().size()));
        nav.choose("confirm-start-handover");
        assertTrue(nav.last().startsWith("inspection:"));
        assertEquals(1, (int) device.app().replica().read(s -> s.inspections().size()));
    }

    @Test
    void passingTheRestAsksSkipsMeasuredItemsWithoutAValueSaysHowManyAndCanBeUndone() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startOn1201();
        InspectionViewModel model = new InspectionViewModel(device.app(), nav, inspection);
        model.refresh();
        String room = roomWithMeasuredItems(model);
        model.selectedRoomProperty().set(room);
        long measured = model.items().stream().filter(ItemRow::measurable).count();
        int plain = model.items().size() - (int) measured;

        model.passRemainingInRoom();
        assertEquals("ask:inspection.passRemaining.confirm", nav.last());
        assertEquals(List.of(plain, (int) measured), nav.lastPrompt.args());
        assertEquals(0, model.answeredProperty().get(), "nothing is recorded before the answer");

        nav.choose("confirm-pass-remaining");
        assertEquals("tell:inspection.passRemaining.done", nav.last());
        assertEquals(List.of(plain, (int) measured), nav.lastPrompt.args());
        assertEquals(plain, model.answeredProperty().get());
        assertTrue(model.items().stream().filter(ItemRow::measurable)
                .allMatch(r -> r.result() == ItemResult.NOT_CHECKED), "measured items keep waiting for a value");

        nav.choose("undo-pass-remaining");
        assertEquals(0, model.answeredProperty().get());
    }

    @Test
    void backingOutOfTheDefectFormOfAFailedItemOffersToUndoTheFail() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startOn1201();
        InspectionViewModel model = new InspectionViewModel(device.app(), nav, inspection);
        model.refresh();
        ItemRow item = model.items().get(0);
        model.record(item, ItemResult.FAIL);
        assertEquals("defect:" + item.room() + "/" + item.item().code(), nav.last());

        DefectFormViewModel form = new DefectFormViewModel(device.app(), nav, inspection, item.room(), item.item().code());
        AtomicInteger wentBack = new AtomicInteger();
        form.leave(wentBack::incrementAndGet);
        assertEquals("ask:defect.leave.failedItem", nav.last());
        assertEquals(0, wentBack.get(), "the form stays until the person chooses");
        nav.choose("undo-fail");
        assertEquals(1, wentBack.get());
        assertEquals("tell:defect.leave.failUndone", nav.last());
        ItemResult now = device.app().replica().read(s -> s.inspections().get(inspection).items()
                .get(ItemEntry.key(item.room(), item.item().code())).result());
        assertEquals(ItemResult.NOT_CHECKED, now, "no red item without a defect");
    }

    @Test
    void aSavedDefectLeavesAtOnceAndAnUntouchedFormWithoutAFailToo() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startOn1201();
        InspectionViewModel model = new InspectionViewModel(device.app(), nav, inspection);
        model.refresh();
        DefectFormViewModel empty = new DefectFormViewModel(device.app(), nav, inspection, model.selectedRoomProperty().get(), null);
        AtomicInteger wentBack = new AtomicInteger();
        empty.leave(wentBack::incrementAndGet);
        assertEquals(1, wentBack.get());
        DefectFormViewModel typed = new DefectFormViewModel(device.app(), nav, inspection, model.selectedRoomProperty().get(), null);
        typed.descriptionProperty().set("墙面开裂");
        typed.leave(wentBack::incrementAndGet);
        assertEquals("ask:defect.leave.discard", nav.last());
        assertEquals(1, wentBack.get(), "typed text is not dropped without asking");
    }

    @Test
    void theUncheckedCountIsKnownAndTheNextUncheckedRoomIsOneTapAway() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startOn1201();
        InspectionViewModel model = new InspectionViewModel(device.app(), nav, inspection);
        model.refresh();
        String first = model.selectedRoomProperty().get();
        int total = model.totalProperty().get();
        assertEquals(total, model.unchecked());
        for (ItemRow row : List.copyOf(model.items())) {
            model.record(row, ItemResult.NOT_APPLICABLE);
        }
        assertEquals(total - model.items().size(), model.unchecked());
        model.nextUnchecked();
        assertFalse(first.equals(model.selectedRoomProperty().get()), "moved on from the finished room");
        assertTrue(model.items().stream().anyMatch(r -> r.result() == ItemResult.NOT_CHECKED));
    }

    private static String roomWithMeasuredItems(InspectionViewModel model) {
        for (var room : List.copyOf(model.rooms())) {
            model.selectedRoomProperty().set(room.room().key());
            boolean measured = model.items().stream().anyMatch(ItemRow::measurable);
            boolean plain = model.items().stream().anyMatch(r -> !r.measurable());
            if (measured && plain) {
                return room.room().key();
            }
        }
        throw new AssertionError("the template has a room with measured and plain items");
    }
}
