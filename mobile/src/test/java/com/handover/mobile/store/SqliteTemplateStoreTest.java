package com.handover.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.replica.ChecklistLibrary;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteTemplateStore;
import com.handover.mobile.testing.TemplateRevisions;
import com.handover.mobile.testing.TestDevice;
import com.handover.model.json.BundledChecklists;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Downloaded template versions on a real SQLite file, and the device's catalog built over them. */
class SqliteTemplateStoreTest {

    @TempDir
    Path dir;

    @Test
    void storedVersionsComeBackInOrderAndStoringOneAgainKeepsOneRow() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            var store = new SqliteTemplateStore(db, TestDevice.CLOCK);
            store.save(TemplateRevisions.finished(3));
            store.save(TemplateRevisions.finished(2));
            store.save(TemplateRevisions.finished(2));
            assertEquals(List.of(TemplateRevisions.finished(2), TemplateRevisions.finished(3)), store.all());
        }
    }

    @Test
    void theLibraryHoldsBundledAndStoredVersionsAndStoresWhatItAddsOnlyWhenItFits() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            var store = new SqliteTemplateStore(db, TestDevice.CLOCK);
            store.save(TemplateRevisions.finished(2));
            var library = ChecklistLibrary.load(BundledChecklists.catalog(), store);
            assertTrue(library.holds("FINISHED", 1));
            assertTrue(library.holds("BARE_SHELL", 1));
            assertTrue(library.holds("FINISHED", 2));
            AtomicInteger told = new AtomicInteger();
            library.addListener(told::incrementAndGet);

            library.add(TemplateRevisions.finished(3));
            assertEquals(3, library.catalog().latest("FINISHED").orElseThrow().version());
            assertEquals(1, told.get());
            library.add(TemplateRevisions.finished(3));
            assertEquals(1, told.get(), "the same version again changes nothing");

            // v1 is bundled with other content: a download claiming to be v1 does not fit and is not kept.
            assertThrows(IllegalArgumentException.class, () -> library.add(TemplateRevisions.finished(1)));
            assertEquals(List.of(TemplateRevisions.finished(2), TemplateRevisions.finished(3)), store.all());
        }
    }

    @Test
    void aStoredCopyThisAppCannotReadCountsAsNotHeld() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            var store = new SqliteTemplateStore(db, TestDevice.CLOCK);
            store.save(TemplateRevisions.finished(2));
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE checklist_templates SET template_json = '{\"code\":\"FINISHED\"}'")) {
                    return ps.executeUpdate();
                }
            });
            assertTrue(store.all().isEmpty());
            assertTrue(!ChecklistLibrary.load(BundledChecklists.catalog(), store).holds("FINISHED", 2));
            store.save(TemplateRevisions.finished(2));
            assertEquals(List.of(TemplateRevisions.finished(2)), store.all(), "a fresh download replaces the copy");
        }
    }
}
