package com.handover.mobile.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.store.sqlite.SqliteClockStore;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteFoldStore;
import com.handover.mobile.store.sqlite.SqliteOperationLog;
import com.handover.mobile.testing.Fixtures;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.json.FoldedRecordCodec;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.FoldedRecord;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaSnapshot;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.ops.InspectionOps;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app opens on the folds it stored at the end of a sync round and folds only what it logged after them (a
 * round stores them anew once the log has gone far enough past them); when those folds cannot be trusted (an own operation refused since, other fold rules) it folds the whole
 * log again. The stored inspection of another unit is altered on disk to show which of the two happened.
 */
class StoredFoldTest {

    private static final String ROOM = "ENTRANCE";

    @TempDir
    Path dir;

    private final AtomicLong wall = new AtomicLong(1_780_000_000_000L);
    private final UUID kept = UUID.randomUUID();
    private final UUID worked = UUID.randomUUID();
    private Operation lastItem;

    /** Two inspections, their folds stored; then two more answers on one of them, logged after the stored folds. */
    @BeforeEach
    void aDeviceThatSyncedAndWorkedOn() {
        try (SqliteDatabase db = open()) {
            Replica replica = replica(db);
            replica.load();
            start(replica, kept);
            start(replica, worked);
            answer(replica, worked, "F-ENTRANCE-ENTRY_DOOR_OP");
            replica.storeFold();
            answer(replica, worked, "F-ENTRANCE-KEYS");
            lastItem = answer(replica, worked, "F-ENTRANCE-ENTRY_DOOR_SURFACE");
        }
        alterStoredStartedBy(kept, "altered on disk");
    }

    @Test
    void openingReadsTheStoredFoldsAndFoldsWhatWasLoggedAfterThem() {
        try (SqliteDatabase db = open()) {
            Replica replica = replica(db);
            replica.load();
            assertEquals("altered on disk", inspection(replica, kept).startedBy(), "the stored fold was read");
            assertEquals(3, inspection(replica, worked).items().size(), "the answers logged after it were folded");
            assertEquals(foldOfTheLog(db).inspections().get(worked), inspection(replica, worked));
            assertEquals(5, (int) replica.read(s -> s.operationCount()));
            assertEquals(lastItem, replica.read(s -> s.inEffect(lastItem.entityKind(), worked, lastItem.field()))
                    .orElseThrow());
        }
    }

    @Test
    void anOwnOperationRefusedSinceMakesTheAppFoldItsWholeLogAgain() {
        try (SqliteDatabase db = open()) {
            Replica replica = openedAfterTheServerRefusedTheLastAnswer(db);
            assertEquals("inspector1", inspection(replica, kept).startedBy());
            assertEquals(2, inspection(replica, worked).items().size());
            assertEquals(foldOfTheLog(db), replica.read(s -> s.snapshot()));
            assertTrue(new SqliteFoldStore(db).load().isEmpty(), "opening stores nothing");
            replica.storeFold();
        }
        try (SqliteDatabase db = open()) {
            assertTrue(new SqliteFoldStore(db).load().isPresent(), "the round stored the new folds");
            Replica replica = replica(db);
            replica.load();
            assertEquals(foldOfTheLog(db), replica.read(s -> s.snapshot()));
        }
    }

    @Test
    void onceAWholeLogFoldIsStoredTheReplicaLetsGoOfItsOperationsAndShowsTheSame() {
        try (SqliteDatabase db = open()) {
            Replica replica = openedAfterTheServerRefusedTheLastAnswer(db);
            assertEquals(4, (int) replica.read(s -> s.operationsHeld()), "folded from the whole log");
            ReplicaSnapshot before = replica.read(s -> s.snapshot());
            replica.storeFold();
            assertEquals(0, (int) replica.read(s -> s.operationsHeld()));
            assertEquals(4, (int) replica.read(s -> s.operationCount()));
            assertEquals(before, replica.read(s -> s.snapshot()));
            Operation next = answer(replica, kept, "F-ENTRANCE-KEYS");
            assertEquals(next, replica.read(s -> s.inEffect(next.entityKind(), kept, next.field())).orElseThrow());
            assertEquals(foldOfTheLog(db), replica.read(s -> s.snapshot()));
        }
    }

    @Test
    void foldsStoredUnderOtherFoldRulesAreFoldedAgain() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("replica.db"));
             PreparedStatement ps = c.prepareStatement("UPDATE settings SET value = '0' WHERE key = 'fold.version'")) {
            assertEquals(1, ps.executeUpdate());
        }
        try (SqliteDatabase db = open()) {
            Replica replica = replica(db);
            replica.load();
            assertEquals("inspector1", inspection(replica, kept).startedBy());
            assertEquals(foldOfTheLog(db), replica.read(s -> s.snapshot()));
            assertFalse(inspection(replica, worked).items().isEmpty());
        }
    }

    @Test
    void aRoundStoresItsFoldsOnlyOnceTheLogHasGoneFarEnoughPastTheStoredOnes() {
        Path file = dir.resolve("tail.db");
        long stored;
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Replica replica = replica(db, 3);
            replica.load();
            start(replica, worked);
            replica.storeFold();
            stored = new SqliteFoldStore(db).load().orElseThrow().position();
            answer(replica, worked, "F-ENTRANCE-ENTRY_DOOR_OP");
            answer(replica, worked, "F-ENTRANCE-KEYS");
            replica.storeFold();
            assertEquals(stored, new SqliteFoldStore(db).load().orElseThrow().position(),
                    "two operations past the stored folds, fewer than the limit: nothing stored");
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Replica replica = replica(db, 3);
            replica.load();
            assertEquals(2, inspection(replica, worked).items().size(), "opening folded the two again");
            assertEquals(foldOfTheLog(db), replica.read(s -> s.snapshot()));
            replica.storeFold();
            assertEquals(stored, new SqliteFoldStore(db).load().orElseThrow().position(), "still under the limit");
            answer(replica, worked, "F-ENTRANCE-ENTRY_DOOR_SURFACE");
            replica.storeFold();
            long last = new SqliteOperationLog(db).lastPosition();
            assertEquals(last, new SqliteFoldStore(db).load().orElseThrow().position(), "three past them: stored");
        }
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            Replica replica = replica(db, 3);
            replica.load();
            assertEquals(3, inspection(replica, worked).items().size());
            assertEquals(foldOfTheLog(db), replica.read(s -> s.snapshot()));
        }
    }

    /** The last answer refused, as a sync round marks it, then the app opened again. */
    private Replica openedAfterTheServerRefusedTheLastAnswer(SqliteDatabase db) {
        new SqliteOperationLog(db).markRejected(lastItem.id(), "INVALID", "refused for the test");
        Replica replica = replica(db);
        replica.load();
        return replica;
    }

    private SqliteDatabase open() {
        return SqliteDatabase.open(dir.resolve("replica.db"));
    }

    private Replica replica(SqliteDatabase db) {
        return replica(db, 1);
    }

    /** @param foldTailLimit operations past the stored folds before a round stores them anew */
    private Replica replica(SqliteDatabase db, int foldTailLimit) {
        return new Replica(new SqliteOperationLog(db), new SqliteFoldStore(db),
                new DeviceClock("device-1", wall::incrementAndGet, new SqliteClockStore(db)), () -> "inspector1",
                foldTailLimit);
    }

    private static void start(Replica replica, UUID inspection) {
        replica.record(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(
                Fixtures.unit1201().id(), InspectionKind.HANDOVER, "FINISHED", 1, List.of(ROOM), List.of()));
    }

    private static Operation answer(Replica replica, UUID inspection, String item) {
        return replica.record(OperationType.INSPECTION_ITEM_RECORDED, inspection,
                new InspectionOps.ItemRecorded(ROOM, item, ItemResult.PASS, null, null));
    }

    private static InspectionState inspection(Replica replica, UUID id) {
        return replica.read(s -> s.inspections().get(id));
    }

    private static ReplicaSnapshot foldOfTheLog(SqliteDatabase db) {
        return Reducer.reduce(new SqliteOperationLog(db).effectiveOperations()).snapshot();
    }

    /** Rewrites one stored inspection as if another person had started it, through the stored format itself. */
    private void alterStoredStartedBy(UUID inspection, String name) {
        FoldedRecordCodec codec = new FoldedRecordCodec();
        EntityKey key = new EntityKey(EntityKind.INSPECTION, inspection);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("replica.db"));
             PreparedStatement read = c.prepareStatement("SELECT data FROM fold_records WHERE id = ?");
             PreparedStatement write = c.prepareStatement("UPDATE fold_records SET data = ? WHERE id = ?")) {
            read.setString(1, inspection.toString());
            byte[] stored;
            try (ResultSet rs = read.executeQuery()) {
                assertTrue(rs.next(), "the inspection's fold is stored");
                stored = rs.getBytes(1);
            }
            InspectionState s = (InspectionState) codec.decode(key, stored).state();
            InspectionState altered = new InspectionState(s.id(), s.unitId(), s.kind(), s.templateCode(),
                    s.templateVersion(), s.rooms(), s.defectsToRecheck(), name, s.startedAt(), s.items(), s.meters(),
                    s.keys(), s.signOff(), s.outsideSignedRecord());
            write.setBytes(1, codec.encode(new FoldedRecord(key, altered, List.of(), Map.of())));
            write.setString(2, inspection.toString());
            assertEquals(1, write.executeUpdate());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
