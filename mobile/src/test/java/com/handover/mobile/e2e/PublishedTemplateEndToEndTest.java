package com.handover.mobile.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.testing.LiveDevice;
import com.handover.mobile.testing.LiveServer;
import com.handover.mobile.testing.TemplateRevisions;
import com.handover.mobile.ui.inspection.InspectionViewModel;
import com.handover.mobile.ui.inspection.ItemRow;
import com.handover.mobile.ui.units.UnitsViewModel;
import com.handover.model.ItemResult;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.testing.SnapshotDiff;
import com.handover.server.reference.TemplateStore;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The office publishes version 2 of the finished-unit checklist on the real server (the console's own template
 * store: a draft, then publish). A phone syncs, starts a handover of a finished unit and gets v2 with its changed
 * item; the server takes the findings recorded on v2; a second phone pulls that inspection and opens it with v2.
 */
class PublishedTemplateEndToEndTest {

    @TempDir
    Path dir;
    LiveServer server;
    LiveDevice a;
    LiveDevice b;

    @AfterEach
    void close() {
        for (AutoCloseable c : new AutoCloseable[] {b, a, server}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    // closing the rest matters more
                }
            }
        }
    }

    @Test
    void aVersionTheOfficePublishedReachesBothPhonesAndTheInspectionStartedOnItOpensOnBoth() throws Exception {
        server = LiveServer.start(dir.resolve("server"));
        TemplateStore templates = server.templates();
        long now = System.currentTimeMillis();
        templates.saveDraft(TemplateRevisions.finished(1), 1, "验收单修订.xlsx", "office", now);
        ChecklistTemplate published = templates.publish("FINISHED", "office", now);
        assertEquals(2, published.version());

        a = new LiveDevice(dir.resolve("phone-a"), "phone-a").signIn(server, "inspector");
        assertFalse(a.app().catalog().template("FINISHED", 2).isPresent(), "not on the phone before it syncs");
        assertNull(a.sync().problem());
        assertEquals(published, a.app().catalog().template("FINISHED", 2).orElseThrow());

        // A starts the handover of 1-101 (finished): it runs on v2, and the entrance opens on the changed item.
        UnitsViewModel units = new UnitsViewModel(a.app(), a.navigation);
        units.refresh();
        units.searchProperty().set("1-101");
        units.open(units.units().stream().filter(r -> r.unit().number().equals("1-101")).findFirst().orElseThrow());
        a.navigation.choose("confirm-start-handover");
        UUID inspection = UUID.fromString(a.navigation.last().substring("inspection:".length()));
        InspectionState started = a.app().replica().read(s -> s.inspections().get(inspection));
        assertEquals("FINISHED", started.templateCode());
        assertEquals(2, started.templateVersion());
        InspectionViewModel onA = new InspectionViewModel(a.app(), a.navigation, inspection);
        onA.refresh();
        ItemRow changed = onA.items().get(0);
        assertEquals(TemplateRevisions.CHANGED_ITEM, changed.item().code());
        assertEquals(TemplateRevisions.CHANGED_NAME, changed.item().nameZh());
        onA.record(changed, ItemResult.PASS);
        var afterPush = a.sync();
        assertNull(afterPush.problem());
        assertEquals(0, afterPush.operationsWaiting());
        assertEquals(0, afterPush.rejectedOperations(), "the server takes findings recorded on v2");

        // B signs in later: its first sync pulls the inspection and brings v2 with it.
        b = new LiveDevice(dir.resolve("phone-b"), "phone-b").signIn(server, LiveServer.SECOND_INSPECTOR);
        assertNull(b.sync().problem());
        InspectionViewModel onB = new InspectionViewModel(b.app(), b.navigation, inspection);
        onB.refresh();
        assertTrue(onB.available());
        assertNull(onB.errorProperty().get());
        ItemRow seenOnB = onB.items().get(0);
        assertEquals(TemplateRevisions.CHANGED_NAME, seenOnB.item().nameZh());
        assertEquals(ItemResult.PASS, seenOnB.result());
        assertEquals(onA.totalProperty().get(), onB.totalProperty().get());
        assertEquals(1, onB.answeredProperty().get());
        SnapshotDiff.assertSame(a.snapshot(), b.snapshot());
    }
}
