package com.handover.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.i18n.Messages;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteTemplateStore;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.RecordingNavigation;
import com.handover.mobile.testing.TemplateRevisions;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.model.DeliveryStandard;
import com.handover.model.InspectionKind;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.BundledChecklists;
import com.handover.model.json.TemplateJson;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.InspectionState;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Template versions the office published reach the device through sync, are kept, and are used. */
class TemplateDownloadTest {

    @TempDir
    Path dir;
    TestDevice device;

    @AfterEach
    void close() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void aListedVersionTheDeviceLacksIsDownloadedOnceKeptOverARestartAndUsedForNewHandovers() throws Exception {
        device = TestDevice.start(dir);
        device.dispatcher.publish(TemplateRevisions.finished(2));
        device.signIn("inspector1");

        assertNull(device.app().sync().syncNow().problem());
        assertEquals(List.of("FINISHED/2"), device.dispatcher.templateGets, "only the version not bundled is fetched");
        assertEquals(TemplateRevisions.finished(2), device.app().catalog().template("FINISHED", 2).orElseThrow());
        assertNull(device.app().sync().syncNow().problem());
        assertEquals(1, device.dispatcher.templateGets.size(), "a version held is not fetched again");

        // The app starts again over the same folder: v2 is there before any sync.
        device.composition.close();
        device = new TestDevice(dir, device.server, device.dispatcher, new DirectTaskRunner());
        assertEquals(TemplateRevisions.finished(2), device.app().catalog().template("FINISHED", 2).orElseThrow());

        RecordingNavigation nav = new RecordingNavigation();
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1201")).findFirst().orElseThrow());
        nav.choose("confirm-start-handover");
        UUID inspection = UUID.fromString(nav.last().substring("inspection:".length()));
        InspectionState started = device.app().replica().read(s -> s.inspections().get(inspection));
        assertEquals(2, started.templateVersion());
        InspectionViewModel screen = new InspectionViewModel(device.app(), nav, inspection);
        screen.refresh();
        assertEquals(TemplateRevisions.CHANGED_NAME, screen.items().get(0).item().nameZh());
        assertEquals(1, device.dispatcher.templateGets.size());

        // A bare-shell unit still starts on the only bare-shell version there is.
        units.open(units.units().stream().filter(r -> r.unit().number().equals("301")).findFirst().orElseThrow());
        nav.choose("confirm-start-handover");
        UUID bare = UUID.fromString(nav.last().substring("inspection:".length()));
        assertEquals(1, (int) device.app().replica().read(s -> s.inspections().get(bare).templateVersion()));
    }

    @Test
    void aDownloadThatFailsIsReportedWithoutHoldingUpSyncAndSucceedsOnALaterRound() throws Exception {
        device = TestDevice.start(dir);
        device.dispatcher.publish(TemplateRevisions.finished(2));
        device.signIn("inspector1");
        device.dispatcher.templatesUnavailable = true;
        UUID inspection = startOn(1);

        SyncStatus status = device.app().sync().syncNow();
        assertEquals("sync.warning.templatesFailed", status.problem().key());
        assertEquals(List.of(1), status.problem().args());
        assertEquals(0, status.operationsWaiting(), "the round pushed what was waiting");
        assertTrue(device.dispatcher.stored().stream().anyMatch(op -> op.entity().equals(inspection)));
        assertFalse(device.app().catalog().template("FINISHED", 2).isPresent());
        assertTrue(status.lastSyncAt() != null);

        // Until v2 is there a new handover of a finished unit starts on the newest version the device holds.
        RecordingNavigation nav = new RecordingNavigation();
        UnitsViewModel units = new UnitsViewModel(device.app(), nav);
        units.refresh();
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1202")).findFirst().orElseThrow());
        nav.choose("confirm-start-handover");
        UUID offline = UUID.fromString(nav.last().substring("inspection:".length()));
        assertEquals(1, (int) device.app().replica().read(s -> s.inspections().get(offline).templateVersion()));

        device.dispatcher.templatesUnavailable = false;
        assertNull(device.app().sync().syncNow().problem());
        assertTrue(device.app().catalog().template("FINISHED", 2).isPresent());
    }

    @Test
    void anInspectionFromAnotherDeviceOnAVersionNotHereSaysHowToOpenItThenOpensOnceTheVersionArrives() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        // Another phone started a handover on v2; this device's reference data does not list v2 yet.
        device.dispatcher.serveTemplate("FINISHED", 2, TemplateJson.write(TemplateRevisions.finished(2)));
        device.dispatcher.templatesUnavailable = true;
        UUID inspection = UUID.randomUUID();
        device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.INSPECTION_STARTED, inspection,
                Hlc.parse("0001800000000000.000000.phone-b"), "inspector2", "phone-b", null,
                new InspectionOps.Started(Fixtures.unit1201().id(), InspectionKind.HANDOVER, "FINISHED", 2,
                        List.of("ENTRANCE", "LIVING"), List.of())));
        assertEquals("sync.warning.templatesFailed", device.app().sync().syncNow().problem().key());

        RecordingNavigation nav = new RecordingNavigation();
        InspectionViewModel screen = new InspectionViewModel(device.app(), nav, inspection);
        screen.refresh();
        assertFalse(screen.available());
        assertEquals("inspection.error.templateNotOnDevice", screen.errorProperty().get().key());
        assertEquals(List.of(DeliveryStandard.FINISHED, 2), screen.errorProperty().get().args());
        assertEquals("这次验收使用精装交付验收单第 2 版，本机还没有这一版。同步后可打开：请连接网络，点「立即同步」",
                new Messages(Messages.CHINESE).get(screen.errorProperty().get()));
        assertEquals("This inspection uses version 2 of the Finished checklist, which is not on this device yet. "
                + "It opens after a sync: connect to the network and tap \"Sync now\"",
                new Messages(Messages.ENGLISH).get(screen.errorProperty().get()));
        assertTrue(screen.readOnlyProperty().get(), "nothing can be recorded against a checklist not on the device");
        assertTrue(screen.items().isEmpty());
        screen.toSignOff();
        screen.newDefect();
        assertTrue(nav.calls.isEmpty());

        // The next round fetches the version the inspection names, though the reference does not list it.
        device.dispatcher.templatesUnavailable = false;
        assertNull(device.app().sync().syncNow().problem());
        screen.refresh();
        assertTrue(screen.available());
        assertNull(screen.errorProperty().get());
        assertEquals(TemplateRevisions.CHANGED_NAME, screen.items().get(0).item().nameZh());
        assertFalse(screen.readOnlyProperty().get());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"another version", "not a template", "an unknown trade"})
    void anAnswerThatIsNotAUsableTemplateIsReportedAndNothingIsKept(String answer) throws Exception {
        device = TestDevice.start(dir);
        device.dispatcher.publish(TemplateRevisions.finished(2));
        ChecklistTemplate v2 = TemplateRevisions.finished(2);
        String body = switch (answer) {
            case "another version" -> TemplateJson.write(BundledChecklists.catalog().template("FINISHED", 1).orElseThrow());
            case "not a template" -> "{\"code\":\"FINISHED\",\"version\":2}";
            default -> TemplateJson.write(v2).replace("\"WINDOWS_DOORS\"", "\"NO_SUCH_TRADE\"");
        };
        device.dispatcher.serveTemplate("FINISHED", 2, body);
        device.signIn("inspector1");

        SyncStatus status = device.app().sync().syncNow();
        assertEquals("sync.warning.templatesUnusable", status.problem().key());
        assertFalse(device.app().catalog().template("FINISHED", 2).isPresent());
        device.composition.close();
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            assertTrue(new SqliteTemplateStore(db, TestDevice.CLOCK).all().isEmpty());
        }
        device = new TestDevice(dir, device.server, device.dispatcher, new DirectTaskRunner());
    }

    private UUID startOn(int version) {
        UUID id = UUID.randomUUID();
        device.app().replica().record(OperationType.INSPECTION_STARTED, id, new InspectionOps.Started(
                Fixtures.unit1201().id(), InspectionKind.HANDOVER, "FINISHED", version, List.of("LIVING"), List.of()));
        return id;
    }
}
