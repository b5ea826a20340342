package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.testing.Answers;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.RecordingNavigation;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.defect.DefectFormViewModel;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.mobile.ui.rectify.RectifyRow;
import com.handover.mobile.ui.rectify.RectifyViewModel;
import com.handover.mobile.ui.signoff.SignOffViewModel;
import com.handover.mobile.ui.units.UnitRow;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.model.DefectStatus;
import com.handover.model.ItemResult;
import com.handover.model.KeyType;
import com.handover.model.MeterType;
import com.handover.model.Point;
import com.handover.model.SignOffDecision;
import com.handover.model.Stroke;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.site.Contractor;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.WorkOrderState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inspector sends a handover defect for 整改 on site: from the signed unit, to the contractor the project
 * registered for the defect's trade in that building, followed up by a repairer, with a 整改期限; the three
 * operations are saved together and reach the server with the next sync.
 */
class RectifyOnSiteTest {

    private static final Stroke STROKE = new Stroke(List.of(new Point(100, 100), new Point(900, 400)));

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

    @Test
    void aSignedUnitsDefectGoesToItsBuildingsContractorWithItsDeadline() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        DefectState defect = signedHandoverWithADoorDefect();

        openUnit1201();
        assertEquals("ask:units.signedWithDefects", nav.last());
        assertEquals(List.of("choose-rectify", "choose-reinspect", "choose-record"), choiceIds());
        nav.choose("choose-rectify");
        UUID unit = Fixtures.unit1201().id();
        assertEquals("rectify:" + unit, nav.last());

        RectifyViewModel screen = new RectifyViewModel(device.app(), nav, unit);
        screen.refresh();
        assertEquals(1, screen.rows().size());
        RectifyRow row = screen.rows().get(0);
        assertEquals(defect.id(), row.defect().id());
        assertEquals(Fixtures.WINDOWS_CONTRACTOR, row.contractorProperty().get().id(),
                "the contractor registered for 门窗 in 1栋 is proposed");
        assertEquals("美窗门窗", row.contractors().get(0).name(), "contractors of the defect's trade come first");
        assertEquals(List.of("李维修", "周师傅"), screen.repairers().stream().map(r -> r.name()).toList());
        assertFalse(screen.place(row.defect(), Locale.SIMPLIFIED_CHINESE).contains("ENTRANCE"),
                "the room is named, not coded");

        int before = device.app().sync().status().operationsWaiting();
        screen.send();
        assertEquals("rectify.error.repairer", screen.errorProperty().get().key());
        row.contractorProperty().set(null);
        screen.repairerProperty().set(screen.repairers().get(0));
        screen.send();
        assertEquals("rectify.error.contractor", screen.errorProperty().get().key());
        assertEquals(before, device.app().sync().status().operationsWaiting(), "nothing was saved while incomplete");

        Contractor windows = row.contractors().get(0);
        row.contractorProperty().set(windows);
        screen.deadlineDaysProperty().set(15);
        screen.send();
        assertEquals("tell:rectify.sent", nav.last());
        assertEquals(before + 3, device.app().sync().status().operationsWaiting());

        WorkOrderState order = device.app().replica().read(s -> s.workOrders().values().stream()
                .filter(w -> defect.id().equals(w.defectId())).findFirst().orElseThrow());
        assertEquals(WorkOrderSource.DEFECT, order.source());
        assertEquals(WorkOrderStatus.ASSIGNED, order.status());
        assertEquals(windows.id(), order.contractorId());
        assertEquals("maint1", order.assignee());
        assertEquals(LocalDate.of(2026, 6, 16), order.rectifyBy(), "15 days from the day it was sent");
        DefectState assigned = device.app().replica().read(s -> s.defects().get(defect.id()));
        assertEquals(DefectStatus.ASSIGNED, assigned.status());
        assertEquals(windows.id(), assigned.contractorId());

        screen.refresh();
        assertTrue(screen.rows().isEmpty(), "a sent defect is not offered again");
        openUnit1201();
        assertEquals(List.of("choose-reinspect", "choose-record"), choiceIds());

        device.app().sync().syncNow();
        assertEquals(0, device.app().sync().status().operationsWaiting());
        List<OperationType> pushed = device.dispatcher.stored().stream().map(o -> o.type()).toList();
        assertTrue(pushed.containsAll(List.of(OperationType.WORK_ORDER_CREATED, OperationType.WORK_ORDER_ASSIGNED,
                OperationType.DEFECT_ASSIGNED)), "the three operations reached the server: " + pushed);
    }

    private DefectState signedHandoverWithADoorDefect() {
        openUnit1201();
        nav.choose("confirm-start-handover");
        UUID inspection = UUID.fromString(nav.last().substring("inspection:".length()));
        InspectionViewModel checklist = new InspectionViewModel(device.app(), nav, inspection);
        checklist.refresh();
        checklist.selectedRoomProperty().set("ENTRANCE");
        ItemRow door = checklist.items().stream().filter(r -> r.item().trade().equals("WINDOWS_DOORS"))
                .filter(r -> !r.measurable()).findFirst().orElseThrow();
        checklist.record(door, ItemResult.FAIL);
        DefectFormViewModel form = new DefectFormViewModel(device.app(), nav, inspection, "ENTRANCE",
                door.item().code());
        form.descriptionProperty().set("入户门关闭不严，门扇下沿与地面摩擦");
        form.noPhotoReasonProperty().set("业主不同意拍照");
        form.save();
        assertNull(form.errorProperty().get());
        Answers.passAll(checklist, nav);

        SignOffViewModel signOff = new SignOffViewModel(device.app(), nav, inspection);
        signOff.refresh();
        signOff.meter(MeterType.ELECTRICITY).set("12.5");
        signOff.keys(KeyType.ENTRANCE_DOOR).set(3);
        signOff.decisionProperty().set(SignOffDecision.ACCEPT_WITH_DEFECTS);
        signOff.ownerStrokes().add(STROKE);
        signOff.inspectorStrokes().add(STROKE);
        signOff.sign();
        assertTrue(signOff.signedProperty().get(), () -> "signed: " + signOff.errorProperty().get());
        assertTrue(signOff.rectifyOffered(), "the signed record offers 送整改");
        return device.app().replica().read(s -> s.defects().values().iterator().next());
    }

    private void openUnit1201() {
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        UnitRow row = units.units().stream().filter(r -> r.unit().number().equals("1201")).findFirst().orElseThrow();
        units.open(row);
    }

    private List<String> choiceIds() {
        return nav.choices.stream().map(Choice::id).toList();
    }
}
