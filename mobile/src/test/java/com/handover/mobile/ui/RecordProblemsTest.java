package com.handover.mobile.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.RecordingNavigation;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.defect.DefectFormViewModel;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.mobile.ui.workorders.WorkOrderViewModel;
import com.handover.model.DefectCloseReason;
import com.handover.model.ItemResult;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.fold.ComplaintFold;
import com.handover.model.sync.fold.DefectFold;
import com.handover.model.sync.fold.InspectionFold;
import com.handover.model.sync.fold.WorkOrderFold;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.DefectState;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refused operations and rule rejections are shown on the record (and the item) they belong to, in words. */
class RecordProblemsTest {

    @TempDir
    Path dir;
    TestDevice device;
    final RecordingNavigation nav = new RecordingNavigation();
    final Messages chinese = new Messages(Messages.CHINESE);
    final Messages english = new Messages(Messages.ENGLISH);

    @AfterEach
    void close() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void everyRuleEveryOperationAndEveryRejectCodeHasASentenceInBothLanguages() throws Exception {
        List<String> keys = new ArrayList<>();
        for (Class<?> fold : List.of(InspectionFold.class, DefectFold.class, WorkOrderFold.class, ComplaintFold.class)) {
            for (Field f : fold.getFields()) {
                if (f.getName().startsWith("RULE_") && Modifier.isStatic(f.getModifiers())) {
                    keys.add("rule." + f.get(null));
                }
            }
        }
        assertTrue(keys.size() >= 18, "the folds' rule codes were found: " + keys);
        for (OperationType t : OperationType.values()) {
            keys.add("op." + t.wireName());
        }
        for (String code : List.of("INVALID", "UNKNOWN_TYPE", "OUT_OF_SCOPE", "FORBIDDEN_ROLE", "ID_REUSED",
                "UNKNOWN_ENTITY", "DEVICE_MISMATCH")) {
            keys.add("reject." + code);
        }
        for (String key : keys) {
            assertTrue(chinese.has(key), "zh_CN lacks " + key);
            assertTrue(english.has(key), "en lacks " + key);
        }
    }

    @Test
    void anItemResultTheServerRefusedIsShownOnThatItemWithTheReason() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = openUnit1201();
        InspectionViewModel model = new InspectionViewModel(device.app(), nav, inspection);
        model.refresh();
        ItemRow first = model.items().get(0);
        ItemRow second = model.items().get(1);
        model.record(second, ItemResult.PASS);
        assertEquals(null, device.app().sync().syncNow().problem());
        model.record(first, ItemResult.NOT_APPLICABLE);
        device.dispatcher.refuseTypes.put("inspection.item_recorded", "FORBIDDEN_ROLE");
        SyncStatus status = device.app().sync().syncNow();
        assertEquals("sync.warning.rejected", status.problem().key());

        model.refresh();
        ItemRow refused = model.items().get(0);
        assertEquals(ItemResult.NOT_CHECKED, refused.result(), "a refused answer does not count");
        assertEquals(1, refused.problems().size());
        String shown = chinese.get(refused.problems().get(0));
        assertTrue(shown.contains("记录检查项") && shown.contains("你的角色不能做这项操作"), shown);
        assertTrue(english.get(refused.problems().get(0)).contains("your role may not do this"));
        assertTrue(model.items().get(1).problems().isEmpty());
        assertEquals(ItemResult.PASS, model.items().get(1).result());
        assertTrue(model.problems().isEmpty(), "shown on the item, not on the inspection as a whole");
    }

    @Test
    void aChangeARuleRefusedIsShownOnTheDefectAndTheWorkOrderInWords() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = openUnit1201();
        DefectFormViewModel form = new DefectFormViewModel(device.app(), nav, inspection, "LIVING", null);
        form.descriptionProperty().set("墙面开裂");
        form.addPhoto(PhotoSource.Origin.CAMERA);
        form.save();
        DefectState defect = device.app().replica().read(s -> s.defects().values().iterator().next());
        device.app().replica().record(OperationType.DEFECT_CLOSED, defect.id(),
                new DefectOps.Closed(DefectCloseReason.OWNER_CONFIRMED, null));

        InspectionViewModel model = new InspectionViewModel(device.app(), nav, inspection);
        model.refresh();
        List<UserMessage> onDefect = model.problemsOf(model.defects().get(0));
        assertEquals(1, onDefect.size());
        assertEquals("张建国 的“关闭问题”未生效：问题尚未维修，不能关闭", chinese.get(onDefect.get(0)));

        UUID order = UUID.randomUUID();
        device.app().replica().record(OperationType.WORK_ORDER_CREATED, order, new WorkOrderOps.Created(
                Fixtures.unit1201().id(), WorkOrderSource.OWNER_REPORT, null, null, "KITCHEN", "水管渗漏",
                Severity.NORMAL, "PIPE_LEAK", 20_000, false, Instant.parse("2026-05-31T09:00:00Z")));
        device.app().replica().record(OperationType.WORK_ORDER_COMPLETED, order,
                new WorkOrderOps.Completed(null, 0, List.of(), List.of(defect.photos().get(0))));
        WorkOrderViewModel workOrder = new WorkOrderViewModel(device.app(), nav, order, w -> java.util.Optional.empty());
        workOrder.refresh();
        assertEquals(List.of("张建国 的“完成维修”未生效：维修单当前状态下不能做这一步"),
                workOrder.problems().stream().map(chinese::get).toList());
    }

    private UUID openUnit1201() {
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1201")).findFirst().orElseThrow());
        nav.choose("confirm-start-handover");
        return UUID.fromString(nav.last().substring("inspection:".length()));
    }
}
