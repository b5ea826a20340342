package com.handover.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.replica.DeviceClock;
import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.StoredSession;
import com.handover.mobile.store.sqlite.SqliteClockStore;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteOperationLog;
import com.handover.mobile.store.sqlite.SqlitePhotoStore;
import com.handover.mobile.store.sqlite.SqliteReferenceStore;
import com.handover.mobile.store.sqlite.SqliteSessionStore;
import com.handover.mobile.testing.Fixtures;
import com.handover.model.json.OperationCodec;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.PhotoRef;
import com.handover.model.Severity;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteReplicaStoreTest {

    @TempDir
    Path dir;

    private static Operation op(UUID entity, Hlc hlc, OperationType type, com.handover.model.sync.ops.Payload payload) {
        return new Operation(UUID.randomUUID(), type, entity, hlc, "inspector1", hlc.node(), null, payload);
    }

    private static InspectionOps.Started started() {
        return new InspectionOps.Started(Fixtures.unit1201().id(), InspectionKind.HANDOVER, "FINISHED", 1,
                List.of("LIVING"), List.of());
    }

    @Test
    void anOwnOperationIsStoredWithItsOutboxRowAndSurvivesReopening() {
        UUID inspection = UUID.randomUUID();
        Operation started = op(inspection, new Hlc(1000, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            new SqliteOperationLog(db).appendLocal(started);
        }
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            assertEquals(List.of(started), log.effectiveOperations());
            assertEquals(List.of(OutboxEntry.encode(started, new OperationCodec())), log.outbox(10),
                    "the outbox gives the operation with the text it was stored in");
            assertEquals(1, log.pendingCount());
        }
    }

    @Test
    void aFailedWriteLeavesNeitherOperationNorOutboxRow() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            Operation first = op(UUID.randomUUID(), new Hlc(1000, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
            log.appendLocal(first);
            // Same id again: the insert fails inside the transaction, after nothing else was written.
            assertThrows(StoreException.class, () -> log.appendLocal(first));
            assertEquals(1, log.effectiveOperations().size());
            assertEquals(1, log.pendingCount());
        }
    }

    @Test
    void operationsSavedTogetherAreAllSavedOrNone() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            Operation first = op(UUID.randomUUID(), new Hlc(1000, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
            Operation second = op(UUID.randomUUID(), new Hlc(1001, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
            log.appendLocal(first);
            // The second of the pair is new, but the pair fails on the first: neither is kept.
            assertThrows(StoreException.class, () -> log.appendLocal(List.of(second, first)));
            assertEquals(List.of(first), log.effectiveOperations());
            assertEquals(1, log.pendingCount());
            log.appendLocal(List.of(second));
            assertEquals(2, log.pendingCount());
        }
    }

    @Test
    void confirmedOperationsLeaveTheOutboxAndRejectedOnesStopCounting() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            UUID inspection = UUID.randomUUID();
            Operation a = op(inspection, new Hlc(1000, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
            Operation b = op(inspection, new Hlc(1001, 0, "dev1"), OperationType.INSPECTION_ITEM_RECORDED,
                    new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS, null, null));
            log.appendLocal(a);
            log.appendLocal(b);
            log.markConfirmed(Map.of(a.id(), 7L), null);
            log.markRejected(b.id(), "FORBIDDEN_ROLE", "no");
            assertEquals(0, log.pendingCount());
            assertEquals(List.of(a), log.effectiveOperations());
            assertEquals("FORBIDDEN_ROLE", log.rejected().get(0).code());
        }
    }

    @Test
    void oneAnswerConfirmsEachOfItsOperationsWithItsPositionOrKeepsTheOneHeld() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            List<Operation> ops = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ops.add(op(UUID.randomUUID(), new Hlc(1000 + i, 0, "dev1"), OperationType.INSPECTION_STARTED,
                        started()));
            }
            Operation fourth = op(UUID.randomUUID(), new Hlc(1004, 0, "dev1"),
                    OperationType.INSPECTION_ITEM_RECORDED, new InspectionOps.ItemRecorded("LIVING",
                            "F-LIVING-WALL_FLAT", ItemResult.FAIL, null, "墙面有裂缝，需整改"));
            log.appendLocal(ops);
            log.appendLocal(fourth);
            Map<UUID, Long> answer = new HashMap<>();
            answer.put(ops.get(0).id(), 7L);
            answer.put(ops.get(1).id(), null); // a duplicate the server answered without its position
            answer.put(ops.get(2).id(), 9L);
            log.markConfirmed(answer, null);
            assertEquals(List.of(OutboxEntry.encode(fourth, new OperationCodec())), log.outbox(10),
                    "only the operation the answer did not name is still to be sent, in the bytes it was written in");
            assertEquals(Arrays.asList(7L, null, 9L, null), db.read(c -> {
                List<Long> positions = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT server_position, sync_status FROM operations"
                        + " ORDER BY seq")) {
                    while (rs.next()) {
                        positions.add(rs.getObject(1) == null ? null : rs.getLong(1));
                        assertEquals(positions.size() <= 3 ? "SYNCED" : "PENDING", rs.getString(2));
                    }
                }
                return positions;
            }));
        }
    }

    @Test
    void thePushAnswersClockIsSavedWithItsConfirmationsAndNeverMovesTheClockBack() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            Operation a = op(UUID.randomUUID(), new Hlc(1000, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
            Operation b = op(UUID.randomUUID(), new Hlc(1001, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
            log.appendLocal(List.of(a, b));
            log.markConfirmed(Map.of(a.id(), 7L), new Hlc(9_000_000, 3, "server"));
            log.markConfirmed(Map.of(b.id(), 8L), new Hlc(8_000_000, 0, "server"));
            assertEquals(0, log.pendingCount());
        }
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            // The phone's own time was set far back meanwhile.
            Hlc next = new DeviceClock("dev1", () -> 1_000L, new SqliteClockStore(db)).now();
            assertTrue(next.isAfter(new Hlc(9_000_000, 3, "server")), next + " must be after the server's clock");
        }
    }

    @Test
    void aPulledCopyOfAnOwnPendingOperationConfirmsItAndIsNotStoredTwice() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            Operation own = op(UUID.randomUUID(), new Hlc(1000, 0, "dev1"), OperationType.INSPECTION_STARTED, started());
            Operation foreign = op(UUID.randomUUID(), new Hlc(1000, 0, "dev2"), OperationType.INSPECTION_STARTED, started());
            log.appendLocal(own);
            List<Operation> fresh = log.appendPulled(List.of(new PulledOperation(1, own), new PulledOperation(2, foreign)), "2");
            assertEquals(List.of(foreign), fresh);
            assertEquals(0, log.pendingCount());
            assertEquals(2, log.effectiveOperations().size());
            assertEquals("2", log.cursor().orElseThrow());
        }
    }

    @Test
    void restartRestoresCursorAndAClockThatNeverGoesBackwards() {
        AtomicLong wall = new AtomicLong(5_000_000);
        Hlc issued;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var log = new SqliteOperationLog(db);
            var clock = new DeviceClock("dev1", wall::get, new SqliteClockStore(db));
            clock.receive(new Hlc(9_000_000, 3, "server"));
            issued = clock.now();
            log.appendLocal(op(UUID.randomUUID(), issued, OperationType.INSPECTION_STARTED, started()));
            log.appendPulled(List.of(), "42");
        }
        wall.set(1_000);
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var clock = new DeviceClock("dev1", wall::get, new SqliteClockStore(db));
            Hlc next = clock.now();
            assertTrue(next.isAfter(issued), next + " must be after " + issued);
            assertEquals("42", new SqliteOperationLog(db).cursor().orElseThrow());
        }
    }

    @Test
    void photosAreStoredByHashAndQueuedOnlyOnceASavedOperationNamesThem() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var photos = new SqlitePhotoStore(db, dir.resolve("photos"), Clock.systemUTC());
            var log = new SqliteOperationLog(db);
            String named = photos.put(Fixtures.jpeg(40, 30, 1), "image/jpeg");
            String draft = photos.put(Fixtures.jpeg(40, 30, 2), "image/jpeg");
            assertEquals(named, photos.put(Fixtures.jpeg(40, 30, 1), "image/jpeg"));
            assertEquals(List.of(), photos.pendingUploads());
            var opened = new DefectOps.Opened(Fixtures.unit1201().id(), null, "LIVING", null, "墙面开裂",
                    Severity.NORMAL, "CIVIL", "PLASTER", null,
                    List.of(new PhotoRef(named, Instant.parse("2026-06-01T00:00:00Z"), null, null)), null,
                    LocalDate.of(2026, 6, 1));
            log.appendLocal(op(UUID.randomUUID(), new Hlc(1000, 0, "dev1"), OperationType.DEFECT_OPENED, opened));
            assertEquals(List.of(named), photos.pendingUploads());
            assertTrue(photos.file(draft).isPresent());
        }
    }

    @Test
    void theSessionKeptInMemoryIsTheOneTheFileHoldsThroughSignInTokenLossAndSignOut() {
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            var sessions = new SqliteSessionStore(db);
            assertEquals(Optional.empty(), sessions.load());
            StoredSession first = new StoredSession("http://x/", "inspector1", "张", com.handover.model.Role.INSPECTOR,
                    "t", Instant.parse("2030-01-01T00:00:00Z"));
            for (StoredSession s : List.of(first, first.withoutToken(),
                    new StoredSession("http://x/", "inspector2", "李", com.handover.model.Role.INSPECTOR, "u", null))) {
                sessions.save(s);
                assertEquals(Optional.of(s), sessions.load());
                assertEquals(sessions.load(), new SqliteSessionStore(db).load(), "as the file holds it");
            }
            sessions.clear();
            assertEquals(Optional.empty(), sessions.load());
            assertEquals(Optional.empty(), new SqliteSessionStore(db).load());
            assertEquals(sessions.deviceId(), new SqliteSessionStore(db).deviceId());
        }
    }

    @Test
    void referenceDataAndSessionSurviveReopening() {
        String deviceId;
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            new SqliteReferenceStore(db).replace(Fixtures.reference());
            var sessions = new SqliteSessionStore(db);
            deviceId = sessions.deviceId();
            sessions.save(new StoredSession("http://x/", "inspector1", "张", com.handover.model.Role.INSPECTOR, "t",
                    Instant.parse("2030-01-01T00:00:00Z")));
        }
        try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("r.db"))) {
            assertEquals(Fixtures.reference(), new SqliteReferenceStore(db).load());
            var sessions = new SqliteSessionStore(db);
            assertEquals(deviceId, sessions.deviceId());
            assertEquals("t", sessions.load().orElseThrow().token());
        }
    }
}
