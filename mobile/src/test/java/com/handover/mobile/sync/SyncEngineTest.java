package com.handover.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.replica.Replica;
import com.handover.mobile.store.FoldStore;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteFoldStore;
import com.handover.mobile.store.sqlite.SqliteOperationLog;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.TestDevice;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.state.InspectionState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncEngineTest {

    @TempDir
    Path dir;
    TestDevice device;

    @AfterEach
    void close() throws Exception {
        if (device != null) {
            device.close();
        }
    }

    private UUID startInspection() {
        UUID id = UUID.randomUUID();
        device.app().replica().record(OperationType.INSPECTION_STARTED, id, new InspectionOps.Started(
                Fixtures.unit1201().id(), InspectionKind.HANDOVER, "FINISHED", 1, List.of("LIVING"), List.of()));
        return id;
    }

    private void recordItems(UUID inspection, int count) {
        for (int i = 0; i < count; i++) {
            device.app().replica().record(OperationType.INSPECTION_ITEM_RECORDED, inspection,
                    new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS, (double) (i % 4), null));
        }
    }

    private PhotoRef photo(int seed) throws Exception {
        return device.app().photos().importPhoto(Fixtures.jpeg(2400, 1600, seed), Instant.parse("2026-06-01T01:00:00Z"));
    }

    private void defectWith(UUID inspection, PhotoRef... photos) {
        device.app().replica().record(OperationType.DEFECT_OPENED, UUID.randomUUID(), new DefectOps.Opened(
                Fixtures.unit1201().id(), inspection, "LIVING", null, "墙面开裂", com.handover.model.Severity.NORMAL,
                "CIVIL", "PLASTER", null, Arrays.asList(photos), null, java.time.LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aRoundStoresWhatItFoldedOnceTheLogHasGoneFarEnoughPastTheStoredFoldsOnlineOrNot() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startInspection();
        recordItems(inspection, 3);
        assertNull(device.app().sync().syncNow().problem());
        long first = assertStoredFoldsCoverTheLogWith(inspection, 3);

        recordItems(inspection, 2);
        device.server.shutdown();
        assertEquals("sync.error.offline", device.app().sync().syncNow().problem().key());
        assertEquals(first, storedFoldPosition(), "two operations past them: the opening folds those again");

        int rest = Replica.FOLD_TAIL_LIMIT - 2;
        device.app().replica().recordAll(Collections.nCopies(rest, new Replica.Action(
                OperationType.INSPECTION_ITEM_RECORDED, inspection,
                new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS, 1.0, null))));
        assertEquals("sync.error.offline", device.app().sync().syncNow().problem().key());
        assertStoredFoldsCoverTheLogWith(inspection, 5 + rest);
    }

    private long storedFoldPosition() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            return new SqliteFoldStore(db).load().orElseThrow().position();
        }
    }

    /**
     * Read from the device's file beside the app, as the next opening will read it.
     *
     * @return the log position the stored folds cover
     */
    private long assertStoredFoldsCoverTheLogWith(UUID inspection, int answers) {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
            FoldStore.StoredFold stored = new SqliteFoldStore(db).load().orElseThrow();
            assertEquals(new SqliteOperationLog(db).lastPosition(), stored.position());
            InspectionState folded = stored.records().stream()
                    .filter(r -> r.key().equals(new EntityKey(EntityKind.INSPECTION, inspection)))
                    .map(r -> (InspectionState) r.state()).findFirst().orElseThrow();
            assertEquals(device.app().replica().read(s -> s.inspections().get(inspection)), folded);
            assertEquals(answers, device.app().replica().read(s -> s.operationsOf(EntityKind.INSPECTION, inspection))
                    .size() - 1, "the inspection's start and every answer");
            return stored.position();
        }
    }

    @Test
    void pushesTheOutboxInBatchesOfAtMost500AndMarksThemSyncedOnlyAfterTheAnswer() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startInspection();
        recordItems(inspection, 1200);
        device.app().sync().refreshCounts();
        assertEquals(1201, device.app().sync().status().operationsWaiting());
        SyncStatus status = device.app().sync().syncNow();
        assertNull(status.problem());
        assertEquals(3, device.dispatcher.pushCount.get());
        assertEquals(1201, device.dispatcher.stored().size());
        assertEquals(0, status.operationsWaiting());
        assertTrue(status.lastSyncAt() != null);
    }

    @Test
    void aConnectionDroppedAfterTheServerStoredABatchEndsSyncedThroughDuplicateAnswers() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        recordItems(startInspection(), 9);
        device.dispatcher.dropNextPushAfterStoring = true;
        SyncStatus status = device.app().sync().syncNow();
        assertNull(status.problem());
        assertEquals(2, device.dispatcher.pushCount.get());
        assertEquals(10, device.dispatcher.stored().size());
        assertEquals(0, status.operationsWaiting());
        assertEquals(1, device.sleeper.waits.size());
    }

    @Test
    void transientServerErrorsAreRetriedWithGrowingJitteredWaits() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        recordItems(startInspection(), 2);
        device.dispatcher.serviceUnavailable.set(3);
        SyncStatus status = device.app().sync().syncNow();
        assertNull(status.problem());
        List<Duration> waits = device.sleeper.waits;
        assertEquals(3, waits.size());
        // Attempt n waits between half and all of 200 ms * 2^(n-1).
        for (int n = 1; n <= 3; n++) {
            long cap = 200L << (n - 1);
            long ms = waits.get(n - 1).toMillis();
            assertTrue(ms >= cap / 2 && ms <= cap, "wait " + n + " was " + ms + " ms");
        }
        assertTrue(waits.get(2).compareTo(waits.get(0)) > 0);
    }

    @Test
    void nothingIsMarkedSyncedWhileTheServerKeepsFailing() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        recordItems(startInspection(), 4);
        device.dispatcher.serviceUnavailable.set(1000);
        SyncStatus status = device.app().sync().syncNow();
        assertEquals("sync.error.server", status.problem().key());
        assertEquals(5, status.operationsWaiting());
        assertEquals(0, device.dispatcher.stored().size());
        device.server.shutdown();
        status = device.app().sync().syncNow();
        assertEquals("sync.error.offline", status.problem().key());
        assertEquals(5, status.operationsWaiting());
    }

    @Test
    void anExpiredTokenAsksToSignInAgainKeepsEveryUnsentOperationAndSyncResumesAfterSigningIn() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startInspection();
        recordItems(inspection, 1);
        device.dispatcher.expireTokens = true;
        SyncStatus status = device.app().sync().syncNow();
        assertEquals("sync.error.signInAgain", status.problem().key());
        assertEquals(2, status.operationsWaiting());
        assertFalse(device.app().session().signedIn());
        assertEquals(1, device.dispatcher.loginCount.get(), "no silent re-login: no password is kept");
        assertEquals(0, device.dispatcher.stored().size());
        assertEquals("inspector1", device.app().session().current().orElseThrow().username(),
                "the user name stays to prefill the sign-in form");

        // Still offline-capable while signed out: the work goes on and waits too.
        recordItems(inspection, 2);
        assertEquals("sync.error.signInAgain", device.app().sync().syncNow().problem().key());

        device.app().session().signIn(device.url(), "inspector1", "secret");
        status = device.app().sync().syncNow();
        assertNull(status.problem());
        assertEquals(0, status.operationsWaiting());
        assertEquals(4, device.dispatcher.stored().size());
        assertEquals(2, device.dispatcher.loginCount.get());
    }

    @Test
    void anotherUserCannotSignInOverUnsyncedWorkUntilItsAuthorSyncedIt() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        device.dispatcher.user("inspector2", "secret");
        UUID inspection = startInspection();
        recordItems(inspection, 2);
        device.app().session().signOut();

        var refused = assertThrows(com.handover.mobile.session.UnsentWorkOfAnotherUser.class,
                () -> device.app().session().signIn(device.url(), "inspector2", "secret"));
        assertEquals("inspector1", refused.owner());
        assertEquals(3, refused.count());
        assertEquals(1, device.dispatcher.loginCount.get(), "the server is not even asked");
        assertEquals("signin.error.unsentWork",
                com.handover.mobile.ui.signin.SignInViewModel.problem(refused).key());

        device.app().session().signIn(device.url(), "inspector1", "secret");
        assertEquals(0, device.app().sync().syncNow().operationsWaiting());
        device.app().session().signOut();
        device.app().session().signIn(device.url(), "inspector2", "secret");
        assertTrue(device.app().session().signedIn(), "with nothing left unsynced anyone may sign in");
    }

    @Test
    void noPasswordIsWrittenToTheDevicesDatabase() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        device.app().sync().syncNow();
        byte[] db = Files.readAllBytes(dir.resolve("replica.db"));
        byte[] wal = Files.exists(dir.resolve("replica.db-wal")) ? Files.readAllBytes(dir.resolve("replica.db-wal")) : new byte[0];
        String all = new String(db, java.nio.charset.StandardCharsets.ISO_8859_1)
                + new String(wal, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(all.contains("inspector1"), "the file is the replica being checked");
        assertFalse(all.contains("secret"), "the password must not be stored");
    }

    @Test
    void aPhotoUploadContinuesFromTheServersOffset() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startInspection();
        PhotoRef p = photo(1);
        defectWith(inspection, p);
        byte[] bytes = Files.readAllBytes(device.app().photos().original(p.sha256()).orElseThrow());
        int already = bytes.length / 3;
        device.dispatcher.partialBlob(p.sha256(), Arrays.copyOf(bytes, already));
        SyncStatus status = device.app().sync().syncNow();
        assertNull(status.problem());
        assertEquals(0, status.photosWaiting());
        assertTrue(device.dispatcher.blobComplete(p.sha256()));
        assertEquals(p.sha256() + "@" + already + "+" + (bytes.length - already), device.dispatcher.blobPuts.get(0));
    }

    @Test
    void oneRefusedPhotoDoesNotBlockTheOthers() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID inspection = startInspection();
        PhotoRef bad = photo(1);
        PhotoRef good = photo(2);
        defectWith(inspection, bad, good);
        device.dispatcher.unsupportedBlobs.add(bad.sha256());
        SyncStatus status = device.app().sync().syncNow();
        assertEquals("sync.warning.photosFailed", status.problem().key());
        assertEquals(1, status.photosWaiting());
        assertTrue(device.dispatcher.blobComplete(good.sha256()));
        assertEquals(0, status.operationsWaiting());
    }

    @Test
    void pullsForeignOperationsInPagesFoldsThemAndTakesTheServerClock() throws Exception {
        device = TestDevice.start(dir).signIn("inspector1");
        UUID foreign = UUID.randomUUID();
        Hlc base = Hlc.parse("0001780000000000.000000.tablet2");
        device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.INSPECTION_STARTED, foreign,
                base, "inspector2", "tablet2", null, new InspectionOps.Started(Fixtures.unit1201().id(),
                InspectionKind.HANDOVER, "FINISHED", 1, List.of("LIVING"), List.of())));
        for (int i = 1; i <= 1100; i++) {
            device.dispatcher.storeForeign(new Operation(UUID.randomUUID(), OperationType.INSPECTION_ITEM_RECORDED,
                    foreign, new Hlc(base.wallMillis() + i, 0, "tablet2"), "inspector2", "tablet2", null,
                    new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS, null, null)));
        }
        SyncStatus status = device.app().sync().syncNow();
        assertNull(status.problem());
        boolean folded = device.app().replica().read(s -> s.inspections().containsKey(foreign));
        assertTrue(folded);
        int held = device.app().replica().read(s -> s.operationCount());
        assertEquals(1101, held);
        Hlc next = device.app().replica().clock().now();
        assertTrue(next.isAfter(Hlc.parse(ProtocolConstants.SERVER_HLC)));
    }

    /** Kept apart so the assertion above reads as the protocol's value. */
    private static final class ProtocolConstants {
        static final String SERVER_HLC = com.handover.mobile.testing.ProtocolDispatcher.SERVER_HLC;
    }
}
